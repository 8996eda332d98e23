# math and cmath over special values (signed zeros, infinities, NaN, tiny and huge numbers):
# a grid of function results or error kinds, plus gcd/lcm/log/isclose and complex arithmetic.
import math, cmath
vals = [0.0, -0.0, 1.0, -1.0, 0.5, 2.0, 1e-300, 1e300, math.inf, -math.inf, math.nan, math.pi]
fns = ['sqrt', 'exp', 'log', 'log2', 'log10', 'log1p', 'expm1', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh', 'erf', 'erfc', 'gamma', 'fabs', 'floor', 'ceil', 'trunc', 'degrees', 'radians']
for fn in fns:
    row = []
    for v in vals:
        try:
            r = getattr(math, fn)(v)
            row.append(repr(round(r, 12)) if isinstance(r, float) and math.isfinite(r) else repr(r))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__[:4])
    print(fn, ' '.join(row))
for a, b in [(1, 0), (0, 0), (-0.0, -1), (math.inf, math.inf), (1, math.inf), (3, -4)]:
    print(a, b, round(math.atan2(a, b), 12), math.copysign(a, b), math.hypot(a, b), round(math.fmod(a, b), 12) if b and math.isfinite(a) else 'x', math.isclose(a, b), round(math.pow(abs(a) or 2, b), 12) if math.isfinite(b) else 'inf')
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(0, 1e-12, abs_tol=1e-9), math.isclose(1e10, 1.00001e10, rel_tol=1e-4), math.isinf(-math.inf), math.isnan(float('nan')), math.isfinite(1e308 * 10))
print(math.gcd(), math.gcd(0, 0), math.gcd(-12, 18), math.lcm(), math.lcm(0, 5), math.lcm(-4, 6), math.factorial(0), math.comb(10, 0), math.perm(10, 0), math.isqrt(99), math.prod([2, 3], start=5))
print(math.log(8, 2), math.log(100, 10), math.log(2 ** 1000), math.log10(10 ** 300), math.log2(2 ** -1074 if False else 1e-300), math.sqrt(2 ** 1000) == 2 ** 500, math.exp(-1000), math.pow(0, 0), math.pow(-8, 1 / 3) if False else 'skip')
for z in [0j, 1 + 1j, -1 + 0j, -1 - 0j, complex(0, -1), complex(1e-300, 1e300), 2 + 3j]:
    print(z, cmath.sqrt(z), cmath.exp(z) if abs(z) < 100 else 'big', cmath.phase(z), abs(z), cmath.polar(z) if abs(z) < 1e100 else 'p')
print(cmath.log(-1), cmath.log(1j, 2), cmath.log10(100j), cmath.rect(2, math.pi / 2), cmath.isclose(cmath.exp(1j * math.pi), -1, abs_tol=1e-12), cmath.inf, cmath.nanj, cmath.tau == math.tau)
print(complex(1, 2) ** 2, (1 + 2j) ** 0.5, (1j) ** 1j, pow(2j, 3), (3 + 4j) / (1 - 2j), abs(3 + 4j), (1 + 1j).conjugate(), complex('2.5e3-1.5j'), repr(complex(-0.0, 0.0)), complex(1, -0.0))
try: (0j) ** -1
except ZeroDivisionError as e: print('ZeroDivisionError', e)
try: 1j % 1
except TypeError as e: print('TypeError', e)
try: cmath.log(0)
except ValueError as e: print('ValueError', e)
