# Arbitrary precision integers
n = 1
for i in range(1, 31):
    n *= i
print("30! =", n)
print(2 ** 100)
print(2 ** 100 - 1)
print(-(2 ** 64))
print((2 ** 64) // 3, (2 ** 64) % 3)
print((-(2 ** 70)) // 7, (-(2 ** 70)) % 7)
big = 10 ** 30
print(big + 1, big - 1, big * big)
print(big // 123456789, big % 123456789)
print(2 ** 64 == 18446744073709551616)
print(2 ** 63 > 2 ** 62, -(2 ** 63) < -(2 ** 62))
print(hash(2 ** 100) == hash(2 ** 100))
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a + b, b - a, a - b)
print(a * b)
print(b // a, b % a)
print(divmod(b, -a))
print(a ** 3)
print(1 << 100, (1 << 100) >> 99)
print((2 ** 100) & (2 ** 100 - 1), (2 ** 100) | 1, (2 ** 100) ^ (2 ** 99))
print(~(2 ** 80))
print(abs(-(10 ** 25)))
print(int("1" * 40) + 1)
print(str(2 ** 200)[:20], len(str(2 ** 200)))
x = 1
for _ in range(10):
    x = x * 1000003 + 7
print(x)
print(x % 1000000007)
print(pow(3, 200, 1000000007), pow(2, 10), pow(2, -2))
print(max(2 ** 70, 3 ** 40), min(-(2 ** 70), -(3 ** 40)))
print(2 ** 64 * 0, (2 ** 64) ** 0)
