# Bitwise operators on ints incl. negatives
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a)
print(bin(a & b), bin(a | b), bin(a ^ b))
print(1 << 0, 1 << 1, 1 << 10, 5 << 3)
print(1024 >> 3, 1023 >> 3, 1 >> 5)
print(-1 >> 1, -8 >> 1, -9 >> 1, -1 << 4)
print(-6 & 3, -6 | 3, -6 ^ 3)
print(~0, ~-1, ~5, ~-6)
print(0xff & 0x0f, 0xf0 | 0x0f, 0xff ^ 0xaa)
print(hex(255), oct(8), bin(5), hex(-255), bin(-5))
print(True & False, True | False, True ^ True)
print(type(True & True).__name__, type(True & 3).__name__)
x = 0
for bit in (0, 3, 5, 7):
    x |= 1 << bit
print(x, bin(x))
x &= ~(1 << 3)
print(x, bin(x))
x ^= 0xff
print(x, bin(x))
x <<= 2
print(x)
x >>= 3
print(x)
count = 0
n = 0b1011011101
while n:
    n &= n - 1
    count += 1
print("popcount", count)
print((255).bit_length(), (256).bit_length(), (0).bit_length(), (-255).bit_length())
print(1 + 2 << 3, 1 + (2 << 3), 8 >> 1 + 1)
print(6 & 3 | 8, 6 & (3 | 8), 1 | 2 ^ 3 & 4)
try:
    print(1 << -1)
except ValueError as e:
    print("ValueError:", e)
