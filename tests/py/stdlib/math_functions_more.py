# math: special functions and edge values (fsum precision, prod/sumprod-free, hypot varargs,
# dist, copysign/-0.0, fmod vs %, remainder, modf/frexp/ldexp, isclose tolerances, nextafter,
# ulp, gamma/lgamma/erf, trig at special angles, inf/nan propagation and domain errors).
import math
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100]), math.prod([1.5, 2, 4]), math.prod([], start=7))
print(math.hypot(3, 4), math.hypot(1, 2, 2), math.hypot(), math.dist((0, 0), (3, 4)), math.dist([1, 1, 1], [2, 2, 2]))
print(math.copysign(1, -0.0), math.fmod(-7, 3), -7 % 3, math.remainder(7, 2), math.remainder(5, 2), math.modf(-3.75), math.frexp(48.0), math.ldexp(0.75, 6))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1, rel_tol=0.2), math.isclose(0.0, 1e-12, abs_tol=1e-9), math.isclose(math.inf, math.inf))
print(math.nextafter(1.0, 2.0), math.nextafter(0.0, -1.0), math.ulp(1.0), math.ulp(1e300), math.ulp(0.0))
print(math.gamma(5), math.erf(1), math.erfc(1), math.expm1(1e-10), math.log1p(1e-10))
print(math.sin(math.pi), math.cos(math.pi / 3), math.tan(math.pi / 4), math.atan2(1, -1), math.degrees(math.pi), math.radians(180), math.asin(1), math.acosh(1))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(2.9), math.floor(10**20 + 0.5), math.ceil(1e-300), math.isqrt(99), math.factorial(20))
print(math.inf - math.inf, math.inf * 0, math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1e308), math.exp(1000) if False else math.exp(700), math.pow(2, 0.5), math.pow(-8, 1 / 3) if False else math.pow(-8, 3))
for f, arg in [(math.sqrt, -1), (math.log, -1), (math.acos, 2), (math.exp, 1000), (math.factorial, 2.5), (math.gamma, 0), (math.pow, (0, -1)), (math.fmod, (1, 0)), (math.ldexp, (1, 2000))]:
    try:
        print(f(*arg) if isinstance(arg, tuple) else f(arg))
    except (ValueError, OverflowError, TypeError) as e:
        print(f.__name__, type(e).__name__, e)
print(math.comb(5, 7), math.perm(5), math.perm(5, 0), math.gcd(), math.gcd(0, 0), math.gcd(-12, 18), math.lcm(), math.lcm(0, 5), math.e, math.tau, math.pi)
