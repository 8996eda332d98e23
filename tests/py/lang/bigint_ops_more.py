# Big integers: factorials, powers, mixed-size division, gcd/lcm/isqrt/comb/perm, string
# conversion in bases, shifts with huge counts, negative floor division and modulo, bit tricks.
import math
f100 = math.factorial(100)
print(f100, len(str(f100)), f100 % (10**9 + 7), f100 // 3**50, f100 >> 300, (f100 << 7) - f100 * 128)
a = 3 ** 300 + 7; b = 2 ** 150 - 3
q, r = divmod(a, b); print(q, r, q * b + r == a, divmod(-a, b)[1] >= 0, divmod(a, -b)[1] <= 0)
print(math.gcd(a, b), math.gcd(f100, 2**200), math.lcm(12, 18, 30), math.isqrt(10**50), math.isqrt(a) ** 2 <= a < (math.isqrt(a) + 1) ** 2)
print(math.comb(100, 50), math.perm(30, 10), math.comb(10**6, 2), math.prod(range(1, 30)))
for base, fn in [(2, bin), (8, oct), (16, hex)]:
    s = fn(-a); print(s[:25], int(s, 0) == -a)
print(int(str(a)[::-1]) % 1000, str(-b)[:20], format(a, ',')[:30], format(b, 'x')[-10:], f'{a:e}', float(a), a.bit_length(), b.bit_count())
print(-a // 7, -a % 7, a & -b, a | b, a ^ -a, ~a < 0, (-a) >> 5, (-1) >> 1000, 1 << 200 >> 199, -(1 << 64) // 3)
print(pow(a, 10, b), pow(a, 3) == a * a * a, pow(7, 10**5, 10**20), abs(-a) == a, -a < -b, a > b > 0, sorted([a, -b, 0, b])[0] == -b)
print(a == float(a), 2**53 + 1 == float(2**53 + 1), 2**53 + 1 > float(2**53), (10**400) > 1e308, 10**400 == float('inf'), hash(2**61) == hash(1), hash(-(2**61 - 1)))
print(int(1e100), int(-1.5e20), round(a, -100) - a, round(123456789123456789, -5), (a * 10 + 5) // 10 == a)
x = 1
for i in range(200): x = x * 31 + i
print(x % 999999937, str(x)[:30], len(str(x)), x.to_bytes((x.bit_length() + 7) // 8, 'big')[:8].hex())
print(math.isqrt(2 * 10**100)[:10] if False else str(math.isqrt(2 * 10**100))[:30], math.log2(2**1000), math.log10(10**300), round(math.log(a), 9))
print(divmod(10**50, 7**20), (10**50) % (-7**20), -(10**50) // 7**20, 10**50 // -1, (-10**50) % 1)
