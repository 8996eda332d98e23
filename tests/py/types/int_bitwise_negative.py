# Bitwise operations on negative and big ints (two's complement semantics).
vals = [0, 1, -1, 5, -5, 12, -12, 255, -256]
for a in vals:
    print(a, ~a, a & 0xF, a | 0xF, a ^ 0xF, a & -8, a | -8, a ^ -8)
print(-1 & 0xFFFFFFFF, -1 & 0xFFFFFFFFFFFFFFFF, -1 & ((1 << 100) - 1))
print(-(2 ** 70) & 0xFFFF, -(2 ** 70) | 0xFFFF, -(2 ** 70) ^ 0xFFFF)
print((2 ** 70 + 5) & -(2 ** 70), (2 ** 70 + 5) | -(2 ** 68))
print(~(2 ** 100), ~-(2 ** 100))
print((2 ** 100 - 1) ^ (2 ** 99), (2 ** 100) & (2 ** 99))
print(-12 & -7, -12 | -7, -12 ^ -7)
print(-(2 ** 65) & -(2 ** 64), -(2 ** 65) | -(2 ** 64), -(2 ** 65) ^ -(2 ** 64))
print(True & False, True | False, True ^ True, ~True, ~False)
print(type(True & True).__name__, type(True & 1).__name__)
print(hex(-1 & 0xFF), bin(-6 & 0xF))
x = 0b1011
x &= 0b0110
print(x)
x |= -16
print(x)
x ^= 0xFF
print(x)
# popcount via loop on masked negatives
def pop(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([pop(v & 0xFFFF) for v in vals])
