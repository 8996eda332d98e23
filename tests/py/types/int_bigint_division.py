# Big-integer division and modulo against known identities.
a = 3 ** 200
b = 7 ** 50
q, r = divmod(a, b)
print(q)
print(r)
print(q * b + r == a, 0 <= r < b)
print(a // b == q, a % b == r)
print(-a // b, -a % b)
print(a // -b, a % -b)
print(-a // -b, -a % -b)
x = 10 ** 60 + 123456789
for d in (1, 2, 3, 7, 10 ** 9 + 7, 2 ** 64, 2 ** 64 + 1, 10 ** 30, x - 1, x, x + 1, x * 2):
    print(d, x // d, x % d)
print((2 ** 200 - 1) // (2 ** 100 - 1) == 2 ** 100 + 1, (2 ** 200 - 1) % (2 ** 100 - 1))
# gcd by Euclid on big numbers
def gcd(p, q):
    while q:
        p, q = q, p % q
    return p
print(gcd(2 ** 100 * 3 ** 20, 2 ** 40 * 3 ** 50 * 5))
print(gcd(10 ** 40 + 1, 10 ** 20 + 1), gcd(-(2 ** 80), 2 ** 70))
# convert to base 7 by repeated division
n = 2 ** 150
digits = []
while n:
    n, rem = divmod(n, 7)
    digits.append(str(rem))
print("".join(reversed(digits)))
print(int("".join(reversed(digits)), 7) == 2 ** 150)
print((10 ** 50) / (10 ** 25), (2 ** 200) / (2 ** 100), (10 ** 20 + 1) / 10 ** 20)
print(7 / 3, (7 * 10 ** 40) / (3 * 10 ** 40), 1 / (2 ** 80))
