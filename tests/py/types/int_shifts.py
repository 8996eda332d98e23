# Left/right shifts, small and big.
for n in (0, 1, 5, -1, -5, 255, -256):
    print(n, [n << k for k in (0, 1, 3, 8)], [n >> k for k in (0, 1, 3, 8)])
print(1 << 64, 1 << 100, 1 << 200)
print((1 << 100) >> 99, (1 << 100) >> 100, (1 << 100) >> 101, (1 << 100) >> 1000)
print(-1 >> 1, -1 >> 100, -2 >> 1, -3 >> 1, -(1 << 100) >> 50, -(1 << 100) >> 200)
print(-(2 ** 100 + 1) >> 1)
print(12345 << 70)
print((12345 << 70) >> 70)
print(0 << 1000, 0 >> 5)
print(3 << 62, 3 << 63, 3 << 64)
print((2 ** 64 - 1) >> 32, (2 ** 64 - 1) << 1)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1 >> -1
except ValueError as e:
    print("ValueError:", e)
try:
    1 << 1.0
except TypeError as e:
    print("TypeError:", e)
x = 1
for i in range(10):
    x <<= 7
print(x)
x >>= 13
print(x)
print(True << 3, False << 3, 8 >> True)
print([(1 << i) - 1 for i in range(0, 70, 9)])
