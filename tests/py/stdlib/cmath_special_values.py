# cmath: C99 Annex G special values (infinities, NaNs, signed zeros) for every function.
import cmath

inf, nan = float('inf'), float('nan')
parts = [-inf, -2.5, -0.0, 0.0, 2.5, inf, nan]

def show(x):
    if x != x:
        return 'nan'
    return repr(x)

def fmt(z):
    return '(' + show(z.real) + ',' + show(z.imag) + ')'

names = ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan',
         'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh']
for name in names:
    f = getattr(cmath, name)
    for re in parts:
        row = []
        for im in parts:
            try:
                row.append(fmt(f(complex(re, im))))
            except ValueError:
                row.append('VE')
            except OverflowError:
                row.append('OE')
        print(name, show(re), ' '.join(row))

for r in parts:
    row = []
    for phi in parts:
        try:
            row.append(fmt(cmath.rect(r, phi)))
        except ValueError:
            row.append('VE')
    print('rect', show(r), ' '.join(row))

for re in parts:
    print('phase/polar', show(re), [show(cmath.phase(complex(re, im))) for im in parts],
          [tuple(show(x) for x in cmath.polar(complex(re, im))) for im in parts])
    print('is', show(re), [(cmath.isfinite(complex(re, im)), cmath.isinf(complex(re, im)), cmath.isnan(complex(re, im)))
                           for im in parts])

# large and tiny finite arguments take the overflow-avoiding paths
for z in [1e308 + 1e308j, -1e308 - 1e308j, 1e-320 + 1e-320j, 5e-324j, 1e300 - 1e-300j, 710 + 1j, -710 + 1j, 0.5 + 1e-300j,
          1 + 1e-200j, 1 - 1e-200j, 1e160 + 1e160j]:
    out = []
    for name in names:
        try:
            out.append(fmt(getattr(cmath, name)(z)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(repr(z), ' '.join(out))
