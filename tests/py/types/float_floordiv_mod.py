# Floor division and modulo with floats and mixed signs.
pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (7, 2.5), (-7, 2.5), (7, -2.5), (-7, -2.5),
         (0.0, 3), (-0.0, 3), (0.0, -3), (1.0, 0.1), (-1.0, 0.1), (5.5, 5.5), (1e20, 3.0), (-1e-20, 3.0),
         (3.0, 1e-300), (1e300, 1e-300)]
for a, b in pairs:
    print(a, b, a // b, a % b)
print(6.0 // 2, 6.0 % 2, -6.0 % 2, 6.0 % -2, type(6.0 // 2).__name__)
print(0.3 % 0.1, 0.3 // 0.1, 1.0 % 0.2, 2.0 % 0.5)
inf = float("inf")
print(5.0 % inf, -5.0 % inf, 5.0 % -inf, -5.0 % -inf, 5.0 // inf, -5.0 // inf)
for a, b in [(inf, 2.0), (2.0, float("nan"))]:
    print(a // b if b == b else "nan-div", a % b)
print(10 // 3.0, 10 % 3.0, -10 // 3.0, -10 % 3.0, 10 // -3.0, 10 % -3.0)
print(2 ** 60 // 1.5, (2 ** 60) % 1.5, 10 ** 20 % 7.0)
print(True // 0.5, 3.5 // True, 3.5 % True)
x = 17.25
x //= 4
print(x)
x = -17.25
x %= 4
print(x)
for a in (-2.5, -1.5, -0.5, 0.5, 1.5, 2.5):
    print(a, a // 1, a % 1, a // -1, a % -1)
