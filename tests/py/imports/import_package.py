import shapes
import shapes.colors as c
from shapes import Square, area
from shapes.geometry import Square as Sq2
import _helper
import _helper as h2
print(shapes.VERSION, c.PALETTE, Square is Sq2, area(Square(3)), Square(2))
print(_helper.bump(), h2.bump(), _helper is h2, _helper.counter)
print(shapes.__name__, shapes.geometry.__name__, c.__name__, sorted(shapes.__all__))
import sys
print("shapes" in sys.modules, "shapes.geometry" in sys.modules, type(sys.modules["shapes"]).__name__)
try:
    import does_not_exist
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from shapes import nothing_here
except ImportError as e:
    print(type(e).__name__, e)
from shapes import *
print(VERSION, area(Square(5)))
import math, time
print(math.sqrt(16), math.floor(-2.5), math.ceil(2.1), math.gcd(12, 18), math.pi, math.isclose(0.1 + 0.2, 0.3))
print(math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.log(math.e), math.log10(1000), math.log2(8), math.hypot(3, 4))
print(math.fsum([0.1] * 10), math.inf, -math.inf, math.isnan(math.nan), math.trunc(-3.7), math.copysign(2, -0.0))
t0 = time.perf_counter()
time.sleep(0.001)
print(time.perf_counter() >= t0, type(time.time()).__name__)
print(sys.version_info[:2], sys.version_info >= (3, 11), sys.implementation.name in ("cpython", "taipan"), sys.maxsize)
