# round(x, n) on floats including halfway cases that are not exactly representable.
cases = [(2.675, 2), (2.665, 2), (1.005, 2), (0.125, 2), (0.375, 2), (0.5, 0), (1.5, 0), (2.5, 0),
         (0.15, 1), (0.25, 1), (0.35, 1), (0.45, 1), (1.25, 1), (1.35, 1), (-1.25, 1), (-2.675, 2),
         (3.14159, 3), (3.14159, 0), (123.456, -1), (123.456, -2), (155.0, -1), (165.0, -1),
         (1234.5678, -3), (0.000123456, 5), (1e-10, 5), (1e20, -19), (5e-324, 300), (1.1, 50),
         (12345.6789, 10), (-0.5, 0), (0.05, 1), (-0.05, 1)]
for x, n in cases:
    r = round(x, n)
    print(repr(x), n, repr(r), type(r).__name__)
print(round(2.5, None), type(round(2.5, None)).__name__)
print(round(1.23456789e15, 2), round(9.995, 2), round(9.9949, 2))
print(round(1e300, -300), round(1e300, -301), round(-1e300, -300))
print(round(0.1 + 0.2, 15), round(0.1 + 0.2, 16), round(0.1 + 0.2, 17))
for n in range(-3, 6):
    print(n, round(12345.678901, n))
print(round(5.5, 0), round(6.5, 0), round(-5.5, 0), round(-6.5, 0))
try:
    round(1.5, "1")
except TypeError as e:
    print("TypeError:", e)
