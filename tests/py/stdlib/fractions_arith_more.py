# fractions: construction from strings/floats/decimals, arithmetic with ints/floats,
# limit_denominator, rounding, comparison, hashing, formatting, errors.
from fractions import Fraction as F
from decimal import Decimal
import math

vals = [F(1, 3), F('2/6'), F('-0.25'), F(' 3 '), F('1e-3'), F(0.5), F(Decimal('1.1')), F(7, -14), F('+5/10')]
print(vals)
print([str(v) for v in vals])
a, b = F(3, 4), F(5, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, a ** -2, (-a) ** 3)
print(a + 1, 1 - a, a * 2.0, 2 / a, a ** 0.5, 2 ** F(1, 2), F(4) ** F(1, 2))
print(a < b, a == F(6, 8), a == 0.75, a != 0.7, F(1, 2) == 0.5, hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3))
print(abs(F(-3, 7)), -F(3, 7), +F(3, 7), int(F(-7, 2)), float(F(1, 8)), bool(F(0)), math.floor(F(-7, 2)), math.ceil(F(-7, 2)))
print(round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(1234, 100), 1), round(F(1234, 100), -1))
pi = F(math.pi)
print(pi.limit_denominator(10), pi.limit_denominator(100), pi.limit_denominator(1000), F(1, 3).limit_denominator(2))
print(F(0.1).limit_denominator(1000), F(0.1), F(0.1).as_integer_ratio())
print(F.from_float(0.125), F.from_decimal(Decimal('3.14')), F(10, 4).numerator, F(10, 4).denominator)
print(sum(F(1, n) for n in range(1, 11)))
h = F(0)
for n in range(1, 30):
    h += F(1, n * n)
print(h.numerator % 1000003, h.denominator % 1000003, float(h))
for bad in ['1/0', 'abc', '1.2.3', '']:
    try:
        F(bad)
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
try:
    F(1, 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    F(1.5, 2)
except TypeError as e:
    print('TypeError', e)
print(repr(F(-1, 3)), f'{float(F(2, 3)):.5f}', F(1, 3) < 1, sorted([F(2, 3), 0.5, 1, F(1, 10)]))
print(F(3, 1).is_integer() if hasattr(F, 'is_integer') else 'n/a', math.isclose(F(1, 3), 1/3))
print(F(2, 3).__floor__(), F(2, 3).__ceil__(), F(-2, 3).__trunc__(), max(F(1, 2), F(2, 5)))
print(F(123456789, 987654321) * F(987654321, 123456789), F(2) ** 100 / F(3) ** 50)
