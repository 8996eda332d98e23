# decimal (through _pydecimal) and fractions: real computations.
import decimal
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, InvalidOperation, DivisionByZero
from fractions import Fraction

print(Decimal('1.1') + Decimal('2.2'), Decimal(1) / Decimal(7))
getcontext().prec = 50
print(Decimal(2).sqrt())
print(Decimal(1).exp(), Decimal(10).ln(), Decimal(1000).log10())
getcontext().prec = 28
print(Decimal('3.14159').quantize(Decimal('0.01')), Decimal('2.675').quantize(Decimal('0.01'), rounding=ROUND_HALF_UP))
print(Decimal('7.89').quantize(Decimal('1'), rounding=ROUND_DOWN), round(Decimal('2.5')), round(Decimal('3.14159'), 3))
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(3), ctx.prec)
print(Decimal(1) / Decimal(3), getcontext().prec)
print(Decimal('1e3').normalize(), Decimal('-0'), Decimal('NaN'), Decimal('-Infinity'), Decimal(0.1))
print(sum(Decimal('0.1') for _ in range(10)) == Decimal('1.0'), Decimal('1.30') == Decimal('1.3'), hash(Decimal(5)) == hash(5))
print(Decimal('12.5').as_tuple(), Decimal('1.5').as_integer_ratio(), int(Decimal('42.9')), float(Decimal('0.25')))
print(f"{Decimal('1234.5678'):,.2f}", format(Decimal('0.000123'), 'e'), str(Decimal('1E+2')))
try:
    Decimal(1) / Decimal(0)
except DivisionByZero as e:
    print('DivisionByZero', type(e).__mro__[1].__name__)
try:
    Decimal('abc')
except InvalidOperation as e:
    print('InvalidOperation')
ctx = decimal.Context(prec=3, rounding=decimal.ROUND_HALF_EVEN)
print(ctx.add(Decimal('1.234'), Decimal('1')), ctx.multiply(Decimal('2.555'), 2), ctx.power(2, 10))
print(sorted([Decimal('3'), Decimal('1.5'), Decimal('-2')]), max(Decimal('1'), Decimal('1.0')))

f = Fraction(3, 4) + Fraction(1, 6)
print(f, f.numerator, f.denominator, float(f))
print(Fraction('0.125'), Fraction(1.5), Fraction(Decimal('0.75')), Fraction(355, 113).limit_denominator(10))
print(Fraction(1, 3) ** 2, Fraction(2, 3) * 3, Fraction(7, 2) // 1, Fraction(7, 2) % 1, -Fraction(1, 2), abs(Fraction(-5, 3)))
print(Fraction(1, 3) < 0.5, Fraction(1, 2) == 0.5, round(Fraction(7, 3), 2), round(Fraction(5, 2)), hash(Fraction(1, 2)) == hash(0.5))
print(sum(Fraction(1, n) for n in range(1, 11)), Fraction(10, 4).as_integer_ratio(), repr(Fraction(-6, 8)))
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    Fraction('x/y')
except ValueError as e:
    print('ValueError', e)
