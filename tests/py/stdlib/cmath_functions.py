# cmath: every function on ordinary values, argument conversion and error messages.
import cmath
import math

values = [0j, 1 + 0j, -1 + 0j, 1j, -1j, 0.5 + 0.5j, -2 + 3j, 3 - 4j, 1e-10 + 1e-10j, 10 + 0.1j, -0.3 - 0.7j, 1e200 + 1e200j]
names = ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan',
         'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh']
for name in names:
    f = getattr(cmath, name)
    out = []
    for z in values:
        try:
            out.append(repr(f(z)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ':' + str(e))
    print(name, ' '.join(out))

for z in values:
    print(repr(z), cmath.phase(z), cmath.polar(z), cmath.isfinite(z), cmath.isinf(z), cmath.isnan(z))
print(cmath.rect(1, 0), cmath.rect(2, math.pi / 2), cmath.rect(-1, 0.5), cmath.rect(0, 1), cmath.rect(3, -0.0))
print(cmath.log(8, 2), cmath.log(100, 10), cmath.log(1j, 1j), cmath.log(-1, 3 + 4j), cmath.log(2, -1))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1, 1.1), cmath.isclose(1, 1.1, rel_tol=0.2),
      cmath.isclose(0, 1e-12, abs_tol=1e-9), cmath.isclose(a=1, b=1), cmath.isclose(cmath.inf, cmath.inf),
      cmath.isclose(cmath.nan, cmath.nan), cmath.isclose(complex(cmath.inf, 0), 1e308))

# argument conversion: int, float, bool, __complex__, __float__, __index__
class C:
    def __complex__(self):
        return 3 + 4j
class F:
    def __float__(self):
        return 2.25
class I:
    def __index__(self):
        return 9
class Bad:
    def __complex__(self):
        return 1.5
print(cmath.sqrt(4), cmath.sqrt(-4), cmath.sqrt(True), cmath.sqrt(C()), cmath.sqrt(F()), cmath.sqrt(I()), cmath.phase(C()))
print(cmath.exp(2 ** 10 // 1000), cmath.sqrt(10 ** 20))

errors = [
    lambda: cmath.sqrt(), lambda: cmath.sqrt('a'), lambda: cmath.sqrt(1, 2), lambda: cmath.log(2, 1),
    lambda: cmath.log(0), lambda: cmath.log(1, 'x'), lambda: cmath.log(), lambda: cmath.log(1, 2, 3),
    lambda: cmath.rect(1), lambda: cmath.rect('a', 1), lambda: cmath.rect(1j, 1), lambda: cmath.isclose(1),
    lambda: cmath.isclose(1, 2, 3), lambda: cmath.isclose(1, 2, rel_tol=-1), lambda: cmath.isclose(1, 2, foo=1),
    lambda: cmath.isclose(1, a=2), lambda: cmath.exp(1000), lambda: cmath.sqrt(None), lambda: cmath.phase(),
    lambda: cmath.sqrt(z=1), lambda: cmath.isclose(1, 2, abs_tol='x'), lambda: cmath.sqrt(2 ** 2000),
    lambda: cmath.sqrt(Bad()), lambda: cmath.cosh(1000), lambda: cmath.sinh(-1000 + 1j), lambda: cmath.atanh(1),
    lambda: cmath.atanh(-1), lambda: cmath.acos(), lambda: cmath.log10(0), lambda: cmath.polar(1e308 + 1e308j),
    lambda: cmath.tan('x'),
]
for f in errors:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
