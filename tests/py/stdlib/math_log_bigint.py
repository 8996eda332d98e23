# Regression: math.log/log2/log10 of ints convert to float when they fit (exact powers give
# exact results) and use a mantissa/exponent split beyond the float range.
import math
for n in [2**1000, 2**1023, 2**1024, 2**5000 + 1, 10**300, 10**308, 10**309, 10**1000, 3**2000, 7**900, 12345678901234567890]:
    print(math.log2(n), math.log10(n), math.log(n), math.log(n, 2), math.log(n, 10), math.log1p(n) if n < 10**300 else '')
for bad in [0, -1, -2**2000]:
    for f in (math.log, math.log2, math.log10):
        try:
            f(bad)
        except ValueError as e:
            print(f.__name__, bad if bad > -100 else 'big', e)
print(math.log(8, 2), math.log(2**100, 2**10), math.log10(1000), math.log2(1), math.log(True), math.log2(2.0**-1074))
