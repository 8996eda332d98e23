# decimal: contexts (prec, rounding), quantize, arithmetic, comparisons, special values,
# signals/traps, localcontext, string formatting, tuple form, integer ops.
import decimal
from decimal import Decimal as D, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR

print(D('1.1') + D('2.2'), D('1.10') * 3, D('10') / D('4'), D('1') / D('7'), D(2).sqrt())
print(D('3.14159').quantize(D('0.01')), D('2.675').quantize(D('0.01'), rounding=ROUND_HALF_UP), D('2.665').quantize(D('0.01')))
for r in [ROUND_HALF_UP, ROUND_DOWN, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR]:
    print(r, [str(D(x).quantize(D('1'), rounding=r)) for x in ['2.5', '-2.5', '3.5', '1.2', '-1.7']])
with localcontext() as ctx:
    ctx.prec = 5
    print(D(1) / D(3), D('123456789') + 1, +D('1.234567'))
    ctx.rounding = ROUND_DOWN
    print(D(2) / D(3))
print(getcontext().prec, D(1) / D(3))
print(D('NaN'), D('-Infinity'), D('inf') > D('1e999'), D('-0'), D('-0') == 0, D('0.0') == D('0'))
print(D('1.00').normalize(), D('100').normalize(), D('1.2300E+4').normalize(), D('0.000').normalize())
print(D('12.345').as_tuple(), D((0, (1, 2, 3), -2)), D('-5').copy_abs(), D('5').copy_negate())
print(D('7') // D('2'), D('-7') // D('2'), D('7') % D('-2'), D('-7') % D('2'), divmod(D('7.5'), D('2')))
print(D('2') ** 10, D('2') ** D('0.5'), D('1.5').exp() if False else 'skip', D('100').log10(), D('8').ln().quantize(D('1e-10')))
print(D('1.23') < D('1.3'), D('1.5') == 1.5, D('0.1') == 0.1, D(0.1), D('1.5') > 1, max(D('1.1'), D('1.10')), sorted([D('3'), D('1.5'), D('-2')]))
print(int(D('-3.9')), float(D('0.125')), round(D('2.5')), round(D('3.14159'), 3), D('3.7').to_integral_value(), D('-3.5').to_integral_value(rounding=ROUND_HALF_UP))
print(f"{D('1234.5678'):.2f}", f"{D('1234.5678'):,.3f}", f"{D('0.000123'):e}", f"{D('42'):>8}", f"{D('-1.5'):+.3f}", f"{D('0.25'):%}")
print(str(D('1E+3')), repr(D('1E+3')), D('1e-7'), D('0.0000001'), str(D('123E-10')), D(10**20))
print(D('1.2').is_finite(), D('nan').is_nan(), D('inf').is_infinite(), D('-1').is_signed(), D('0').is_zero(), D(5).adjusted(), D('0.00123').adjusted())
ctx = decimal.Context(prec=3, traps=[decimal.DivisionByZero])
print(ctx.add(D('1.234'), D('2.345')), ctx.multiply(D('12.3'), D('4.56')), ctx.divide(D(1), D(8)))
try:
    ctx.divide(D(1), D(0))
except decimal.DivisionByZero as e:
    print('DivisionByZero', type(e).__mro__[1].__name__)
try:
    D(1) / D(0)
except decimal.DivisionByZero:
    print('default traps division by zero')
try:
    D('abc')
except decimal.InvalidOperation:
    print('InvalidOperation for abc')
c2 = decimal.Context(prec=4, traps=[])
print(c2.divide(D(1), D(0)), c2.sqrt(D(-1)), bool(c2.flags[decimal.DivisionByZero]), bool(c2.flags[decimal.InvalidOperation]))
print(D('1.30').compare(D('1.3')), D('1.3').compare_total(D('1.30')), D('2').max(D('3')), D('2').min(D('NaN')))
print(sum(D('0.1') for _ in range(10)), sum([0.1] * 10))
print(D(3).fma(2, 1), D('9').scaleb(2), D('12.5').remainder_near(D('5')), D('1234').shift(2) if False else 'x', D('15').logical_and(D('10')) if False else 'y')
print(hash(D('1.5')) == hash(1.5), hash(D(7)) == hash(7), D('0.5').as_integer_ratio(), D.from_float(0.25))
