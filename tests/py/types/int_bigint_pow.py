# Powers producing big integers.
print(2 ** 200)
print(2 ** 64, 2 ** 63, 2 ** 62, 2 ** 32, 2 ** 31)
print(2 ** 64 - 1, 2 ** 63 - 1, -(2 ** 63), -(2 ** 64) + 1)
print(3 ** 100)
print(10 ** 50)
print(7 ** 77)
print((-3) ** 41)
print((-3) ** 42)
print(-3 ** 2, (-3) ** 2)
print((2 ** 100) ** 3 == 2 ** 300)
print(2 ** 1000 % 1000000007)
print(len(str(2 ** 10000)))
print(str(2 ** 3000)[:40], str(2 ** 3000)[-40:])
print(0 ** 0, 0 ** 5, 1 ** 1000, (-1) ** 1001, (-1) ** 1000)
x = 12345678901234567890
print(x * x)
print(x * x * x)
print(x ** 5)
print((x ** 5) // (x ** 4) == x)
# Mersenne numbers
for p in (31, 61, 89, 107, 127):
    print(p, 2 ** p - 1)
# powers of ten boundaries
for e in (9, 18, 19, 20, 38, 39):
    v = 10 ** e
    print(e, v - 1, v, v + 1)
# big base, small exponent
b = 2 ** 70 + 12345
print(b ** 2)
print(b ** 3 - b ** 2)
print(pow(2, 100), pow(-2, 99), pow(10, 30))
