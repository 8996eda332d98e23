# Floor division and modulo for every sign combination.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (6, 3), (-6, 3), (6, -3), (-6, -3),
         (0, 5), (0, -5), (1, 10), (-1, 10), (1, -10), (-1, -10), (13, 13), (-13, 13)]
for a, b in pairs:
    q = a // b
    r = a % b
    print("%3d // %3d = %3d   %3d %% %3d = %3d   check %s" % (a, b, q, a, b, r, q * b + r == a))
# big values
big = 10 ** 30 + 7
for a, b in [(big, 3), (-big, 3), (big, -3), (-big, -3), (big, big - 1), (-big, big - 1), (3, big), (-3, big), (3, -big)]:
    print(a // b, a % b)
# mixed with big divisors
print((2 ** 100) // (2 ** 50), (2 ** 100) % (2 ** 50 + 1))
print(-(2 ** 100) // (2 ** 50 + 1), -(2 ** 100) % (2 ** 50 + 1))
# bools as ints
print(True // 1, True % 2, 5 // True, -5 % True)
# augmented forms
x = -17
x //= 5
print(x)
x = -17
x %= 5
print(x)
x = 17
x %= -5
print(x)
