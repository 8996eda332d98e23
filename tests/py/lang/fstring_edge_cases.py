# f-strings: conversions, nested format specs, = specifier with spacing, format of objects with
# __format__, dict/attr/index access, braces escaping, multiline, lambdas in parens, dates.
import datetime
class Fmt:
    def __format__(self, spec): return f'<{spec}>'
    def __repr__(self): return 'Fmt()'
    def __str__(self): return 'str-Fmt'
x, w, p, name = 3.14159, 10, 3, 'taipan'
print(f'{x:{w}.{p}f}|{x!r}|{name!r:>10}|{name!s:^{w}}|{name!a}|{"é"!a}')
print(f'{x=}', f'{x = :.2f}', f'{name=!r:>12}', f'{1+2=}', f'{ x  =}')
print(f'{Fmt()}', f'{Fmt():abc}', f'{Fmt()!r}', f'{Fmt()!s:>10}', f'{{literal}}', f'{{{x}}}')
d = {'k': [1, 2, {'n': 'deep'}]}
print(f"{d['k'][2]['n']}", f'{d["k"][0]:03d}', f'{(lambda v: v * 2)(21)}', f'{[i for i in range(3)]}')
print(f'''multi
{name.upper()}
line''', f'{3:{"<" if True else ">"}5}|', f'{"nested {inner}"}')
dt = datetime.date(2024, 1, 15)
print(f'{dt:%Y/%m/%d}', f'{dt!r}', f'{12345678:,}', f'{12345678:_x}', f'{0.5:.0%}', f'{-42:+06d}', f'{42:#b}', f'{42:#o}', f'{255:#X}')
print(f'{"abc":*^9}', f'{3:<3}|', f'{-0.0:g}', f'{1e20:g}', f'{1e-5:.3}', f'{123.456:.2e}', f'{True:d}', f'{None!s:>6}')
width = 6
for row in [(1, 'a', 1.5), (22, 'bb', 22.25), (333, 'ccc', 333.125)]:
    print(f'{row[0]:>{width}}|{row[1]:<{width}}|{row[2]:^{width}.1f}|')
try: f'{x:z}'
except ValueError as e: print(e)
try: f'{name:d}'
except ValueError as e: print(e)
print(f'{"a" "b"}', f'{x!r:^20}', f'{"%s" % "pct"}', f'{3 if x > 3 else 4}', rf'\n{name}', f'{name[1:4]}', f'{name[::-1]}')
