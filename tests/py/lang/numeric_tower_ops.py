# Mixed numeric operations across bool, int, float, complex, Fraction and Decimal: results and
# types, comparisons across types, hashing equality, and the TypeErrors for invalid mixes.
from fractions import Fraction as F
from decimal import Decimal as D
vals = [True, 3, -2, 2.5, -0.5, 1 + 2j, F(3, 4), D('1.5')]
for a in vals:
    row = []
    for b in vals:
        try:
            r = a + b
            row.append(f'{type(r).__name__}:{r}')
        except TypeError:
            row.append('TypeError')
    print(repr(a), row)
for a in vals:
    row = []
    for b in vals:
        try: row.append(a < b)
        except TypeError: row.append('TE')
    print(repr(a), row)
print(1 == 1.0 == F(1) == D(1) == 1 + 0j, hash(1) == hash(1.0) == hash(F(1)) == hash(D(1)) == hash(1 + 0j), F(1, 2) == D('0.5'), 0.5 == D('0.5'))
print(True * 2.5, 3 // 2.0, -7 % 2.5, 2 ** -1, (-8) ** (1 / 3) == (-8) ** (1 / 3), F(1, 3) * 3 == 1, 2 * F(1, 4), D(2) * 3, D('0.1') * 3 == D('0.3'))
print(type(2 ** 2).__name__, type(2 ** -2).__name__, type(F(4) ** F(1, 2)).__name__, type(F(4) ** 2).__name__, type(True + True).__name__, type(D(1) + 1).__name__)
try: D('1.1') + 1.1
except TypeError as e: print('TypeError')
try: D(1) + F(1, 2)
except TypeError as e: print('TypeError')
try: 1j < 2j
except TypeError as e: print(e)
print(complex(F(1, 2)), float(D('2.5')), int(F(-7, 2)), int(D('-2.9')), round(F(5, 2)), round(D('2.5')), divmod(F(7, 2), 1), abs(F(-1, 3)), -D('0'))
