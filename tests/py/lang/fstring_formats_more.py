# f-strings and format(): nested replacement fields, conversions, = specifier, format specs
# for ints/floats/strings/dates, custom __format__, alignment with fill, grouping, bases.
import datetime, decimal
x, y, name, pi = 42, -7, 'Ada', 3.14159265
print(f'{x=}', f'{y = }', f'{name!r:>10}', f'{pi=:.3f}', f'{x+y=}', f'{name=!s}', f"{'nested':{'^'}{12}}")
w, p = 12, 4
print(f'[{pi:{w}.{p}f}]', f'[{pi:<{w}.{p}e}]', f'[{x:*^{w}}]', f'[{name:{"<" if x else ">"}8}]')
for v in [0, 1, -1, 255, 65535, -255, 10**12]:
    print(f'{v:d}|{v:+d}|{v: d}|{v:08d}|{v:x}|{v:#X}|{v:o}|{v:#b}|{v:,}|{v:_}|{v:>12,}|{v:#_x}')
for v in [0.0, -0.0, 1.5, -2.25, 1e-5, 123456.789, 1e21, float('inf'), float('nan')]:
    print(f'{v:f}|{v:.2e}|{v:g}|{v:.3g}|{v:%}|{v:+.1f}|{v:10.2f}|{v:<10.1f}|{v:,.2f}|{v:012.3f}|{v:G}')
for s in ['', 'a', 'hello', 'héllo wörld']:
    print(f'[{s:5}]', f'[{s:>5}]', f'[{s:^7}]', f'[{s:.3}]', f'[{s:-^9.2}]', f'{s!a}')
print(f'{3+4j:.2f}', f'{complex(1, -1)}', f'{decimal.Decimal("1.2345"):.2f}', f'{datetime.date(2024, 1, 5):%d/%m/%y}', f'{True:d}', f'{True}', f'{None!r}')
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec.endswith('F'):
            return f'{self.c * 9 / 5 + 32:{spec[:-1]}f}F'
        return f'{self.c:{spec}}C'
t = Temp(21.5)
print(f'{t}', f'{t:.1F}', f'{t:>8}', format(t, '.0F'), '{:.2F}'.format(t))
print('{0}{1}{0}'.format('ab', 'cd'), '{name}:{0}'.format(1, name='n'), '{0[1]}{1[k]}'.format([5, 6], {'k': 'v'}), '{.real}'.format(3j), '{:{}{}}'.format('z', '>', 4))
print('%5.2f|%-6d|%x|%s|%r|%%|%c|%05.1f|%+d' % (pi, x, 255, name, name, 65, -2.5, 3))
print('%(a)s-%(b)03d' % {'a': 'A', 'b': 7}, '%*d|%-*d|' % (5, 1, 4, 2), '%.*f' % (2, pi))
print(f'{"quoted"}', f'{{literal}}', f'{x!r:>5}', f'{[1, 2][0]}', f'{ {"a": 1}["a"] }', f'{(lambda z: z * 2)(3)}', f'{x:{"" if x else "x"}}')
print(format(1234.5, ','), format(0.5, '.0%'), format(12, 'c') if False else '', format(-0.0, '.1f'), format(1e100, '.3'), format(123, '=+8'), format(-1.5, '=10.2f'))
print(f'{1_000_000:,d}', f'{0.1 + 0.2!r}', f'{2**64:e}', f'{10**20:.2e}', f'{12345.6789:.0f}', f'{0.5:.0f}', f'{1.5:.0f}', f'{2.5:.0f}')
try:
    f'{x:q}'
except ValueError as e:
    print('ValueError', e)
try:
    format('s', 'd')
except ValueError as e:
    print('ValueError', e)
try:
    f'{x:,x}'
except ValueError as e:
    print('ValueError', e)
