# Random numeric literals and near-literals through int(s, base), float(s), complex(s) and
# Fraction/Decimal parsing: valid and invalid forms, underscores, signs, whitespace, exponents.
import random, binascii
from fractions import Fraction
from decimal import Decimal
random.seed(31)
pieces = ['0', '1', '7', '9', '_', '.', 'e', 'E', '+', '-', ' ', 'x', 'b', 'o', 'a', 'f', 'inf', 'nan', 'j', '/', '\t', '٣', 'Infinity', '1_0']
acc = 0
for i in range(750):
    s = ''.join(random.choice(pieces) for _ in range(random.randint(0, 6)))
    out = []
    for conv in (int, float, complex, Fraction, Decimal, lambda t: int(t, 0), lambda t: int(t, 16), lambda t: int(t, 2), lambda t: int(t, 36)):
        try:
            out.append(repr(conv(s)))
        except (ValueError, ZeroDivisionError, ArithmeticError) as e:
            out.append(type(e).__name__)
    o = repr(s) + ' ' + ' '.join(out)
    acc = (acc * 3 + binascii.crc32(o.encode())) % (1 << 61)
    if i % 37 == 0:
        print(o)
print(acc)
