# Three-argument pow, including negative exponent (modular inverse).
print(pow(2, 10, 1000), pow(3, 200, 13), pow(7, 0, 5), pow(7, 0, 1), pow(0, 0, 7))
print(pow(2, 10 ** 18, 1000000007))
print(pow(12345678901234567890, 98765, 10 ** 9 + 7))
print(pow(-2, 3, 5), pow(2, 3, -5), pow(-2, 3, -5), pow(-7, 2, 10))
print(pow(3, -1, 7), pow(3, -2, 7), pow(-3, -1, 7), pow(10, -1, 17))
print(pow(38, -1, 97), (38 * pow(38, -1, 97)) % 97)
print(pow(2, -1, 2 ** 61 - 1))
for b in range(1, 11):
    print(b, pow(b, -1, 11), (b * pow(b, -1, 11)) % 11)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    pow(2, 3.0, 5)
except TypeError as e:
    print("TypeError:", e)
# Fermat test
def is_probable_prime(n):
    return all(pow(a, n - 1, n) == 1 for a in (2, 3, 5, 7, 11))
print([n for n in range(2, 80) if is_probable_prime(n)])
print(is_probable_prime(2 ** 127 - 1), is_probable_prime(2 ** 127 + 1))
