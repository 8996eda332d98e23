# fractions.Fraction (construction from str/float/Decimal, limit_denominator, arithmetic with int
# and float, comparison, rounding, hashing equal to int/float) and decimal (contexts, precision,
# rounding modes, quantize, special values, signals/traps, string forms, math methods).
from fractions import Fraction as F
from decimal import Decimal as D, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING, ROUND_HALF_EVEN, InvalidOperation, DivisionByZero
import decimal, math
print(F(3, 6), F('1.25'), F('-7/21'), F(0.1), F(D('0.3')), F(2.5).as_integer_ratio(), F(10, -4))
print(F(0.1).limit_denominator(100), F(math.pi).limit_denominator(1000), F(1, 3) + F(1, 6), F(1, 3) * 3, F(1, 3) - 1, F(3, 4) / F(1, 8))
print(F(1, 3) ** 2, F(4, 9) ** 0.5, 2 ** F(1, 2), F(7, 2) // 2, F(7, 2) % 2, divmod(F(7, 2), F(1, 3)), -F(1, 2), abs(F(-1, 2)))
print(F(1, 2) == 0.5, F(1, 3) < 0.34, hash(F(1, 2)) == hash(0.5), hash(F(4, 2)) == hash(2), round(F(7, 2)), round(F(5, 2)), round(F(22, 7), 2))
print(math.floor(F(-7, 2)), math.ceil(F(-7, 2)), math.trunc(F(-7, 2)), int(F(9, 4)), float(F(1, 8)), F(1, 3).numerator, F(1, 3).denominator)
print(str(F(5)), repr(F(1, 2)), F(1, 2).is_integer() if hasattr(F, 'is_integer') else '', format(float(F(2, 3)), '.4f'))
for bad in ['1/0', 'abc', '1.2.3']:
    try: F(bad)
    except (ValueError, ZeroDivisionError) as e: print(type(e).__name__, e)
getcontext().prec = 28
print(D('1.1') + D('2.2'), D(1) / D(7), D('10') ** 20, D(2).sqrt(), D('1.000').normalize(), D('-0'), D('1e3') + 0)
print(D('3.14159').quantize(D('0.01')), D('2.675').quantize(D('0.01'), rounding=ROUND_HALF_UP), D('-2.5').quantize(D('1'), rounding=ROUND_HALF_EVEN))
with localcontext() as ctx:
    ctx.prec = 5
    print(D(1) / D(3), D('123456789') * 1, +D('1.23456789'))
    ctx.rounding = ROUND_DOWN; print(D(2) / D(3))
    ctx.rounding = ROUND_CEILING; print(D(2) / D(3), D(-2) / D(3))
print(D('NaN'), D('-Infinity'), D('inf') > 10**100, D('1.30') == D('1.3'), D('1.30'), hash(D('1.5')) == hash(1.5), D(0.1))
print(D('12.345').as_tuple(), D('1.5e-10'), D('123E+5'), D('0.000001'), D('0.0000001'), str(D('1E+2')), D('100').to_eng_string())
print(D('7') // D('-2'), D('7') % D('-2'), divmod(D('-7'), D('2')), D('2.5').to_integral_value(), round(D('2.5')), round(D('3.14159'), 3))
print(D('1.23').exp(), D('10').ln(), D('100').log10(), D('8').max(D('9')), D('-3').copy_abs(), D('5').compare(D('7')), D('0.1').fma(2, 3))
print(float(D('0.1')), int(D('-7.9')), D(5).is_signed(), D('-0').is_signed(), D('nan').is_nan(), D(3).adjusted(), D('1.20').scaleb(2))
try: D(1) / D(0)
except DivisionByZero as e: print('DivisionByZero', type(e).__mro__[1].__name__)
try: D('abc')
except InvalidOperation as e: print('InvalidOperation')
ctx = decimal.Context(prec=3, traps=[])
print(ctx.divide(D(1), D(0)), ctx.sqrt(D(-1)), bool(ctx.flags[DivisionByZero]), ctx.add(D('1.234'), D('1')))
print(f'{D("1234.5678"):,.2f}', f'{D("0.000123"):.2e}', f'{D("-5"):+08.3f}', format(D('1.5'), '%'))
