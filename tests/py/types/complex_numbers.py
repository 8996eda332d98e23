# complex: construction from strings and pairs, repr of special values and signed zeros,
# arithmetic incl. division by zero, pow, abs, conjugate, comparisons errors, cmath functions.
import cmath, math
for s in ['1+2j', '-1.5-0j', 'j', '-j', '(3+4j)', '  2j ', '1e3+1e-3j', 'inf+nanj', '0j', '1+0j', '-0-0j']:
    c = complex(s); print(s, c, repr(c), c.real, c.imag)
print(complex(1, 2), complex(1.5), complex(), complex(2, -0.0), complex(-0.0, 0.0), complex(1j, 1j), complex('1') + 1, 3 + 0j == 3)
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, a ** 2, a ** 0.5, abs(a), a.conjugate(), -a, +a, 2 ** a, a ** b, pow(a, 3), (1j) ** 2)
try: a / 0
except ZeroDivisionError as e: print(e)
try: a < b
except TypeError as e: print(e)
try: complex('1+2')
except ValueError as e: print(e)
print(cmath.sqrt(-1), cmath.exp(1j * math.pi), cmath.phase(-1), cmath.polar(a), cmath.rect(2, math.pi / 2), cmath.log(a), cmath.isclose(a, 3 + 4.0000000001j))
print(repr(complex(float('inf'), float('nan'))), repr(complex(0, -0.0)), hash(1 + 0j) == hash(1), format(a, '.2f'), format(a, '^20'), f'{b:+.1e}')
print(cmath.sin(a), cmath.cosh(b), cmath.atan(1j / 2), cmath.isinf(complex('inf')), cmath.isnan(complex('nanj')), cmath.pi, cmath.inf, cmath.nanj)
