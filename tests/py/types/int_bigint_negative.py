# Negative big integers: arithmetic, repr, comparisons.
a = -(2 ** 100)
b = -(3 ** 70)
print(a, b)
print(a + b, a - b, b - a)
print(a * b, a * a, -a)
print(abs(a), abs(b), abs(-a))
print(a < b, a > b, a == -(2 ** 100), a != b)
print(a + 2 ** 100, a + 2 ** 100 == 0)
print(a * -1 == 2 ** 100)
print(repr(a), str(b))
print(-a - 1, ~a, ~b)
print(a // 7, a % 7, a // -7, a % -7)
print(b // (10 ** 10), b % (10 ** 10))
print(divmod(a, 1000), divmod(a, -1000))
print(a + 1, a - 1)
# crossing zero with big magnitudes
c = 2 ** 80
for d in (c - 1, c, c + 1):
    print(d - c, c - d, -d + c)
# sums of alternating big values
s = 0
for i in range(20):
    s += (-1) ** i * 10 ** (i * 3)
print(s)
print(-s)
# sorting negatives
vals = [-(2 ** 65), 2 ** 65, -1, 0, -(2 ** 64), 2 ** 64, -(10 ** 30)]
print(sorted(vals))
print(max(vals), min(vals))
print(int("-" + "9" * 40))
print(int("-" + "9" * 40) - 1)
print(-(10 ** 40) // 3, -(10 ** 40) % 3)
