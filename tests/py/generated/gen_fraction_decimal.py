# Random Fraction and Decimal arithmetic (add/sub/mul/div/pow/floordiv/mod/compare, conversion,
# rounding, quantize under random precision and rounding modes); results compared with CPython.
import random, binascii
from fractions import Fraction as F
import decimal
from decimal import Decimal as D
random.seed(1618)
def rf():
    return F(random.randint(-50, 50), random.randint(1, 30))
def rd():
    return D(random.randint(-10**6, 10**6)).scaleb(random.randint(-6, 3))
modes = [decimal.ROUND_HALF_EVEN, decimal.ROUND_HALF_UP, decimal.ROUND_DOWN, decimal.ROUND_UP, decimal.ROUND_FLOOR,
         decimal.ROUND_CEILING, decimal.ROUND_HALF_DOWN, decimal.ROUND_05UP]
acc = 0
for i in range(300):
    a, b = rf(), rf()
    res = [a + b, a - b, a * b, a < b, a == b, round(a), round(a, 2), float(a), int(a), a ** random.randint(-3, 3) if a else 0]
    if b:
        res += [a / b, a // b, a % b]
    x, y = rd(), rd()
    ctx = decimal.Context(prec=random.randint(1, 30), rounding=random.choice(modes))
    try:
        res += [ctx.add(x, y), ctx.multiply(x, y), ctx.subtract(x, y), x.quantize(D('0.01'), context=ctx), ctx.plus(x), x < y,
                x.compare_total(y), ctx.to_sci_string(x), x.normalize(ctx), ctx.power(x, 2)]
        if y:
            res += [ctx.divide(x, y), ctx.divide_int(x, y), ctx.remainder(x, y)]
        if x > 0: res.append(ctx.sqrt(x))
    except decimal.DecimalException as e:
        res.append(type(e).__name__)
    o = repr(res)
    acc = (acc * 7 + binascii.crc32(o.encode())) % (1 << 61)
    if i % 20 == 0:
        print(o[:220])
print(acc)
