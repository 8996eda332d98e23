"""Float objects: create many small objects holding three float attributes, normalize
each one, then fold them together with an element-wise maximum.

sin and cos are computed in Python (range reduction plus a Taylor polynomial) so that
the program needs no math module and its results depend only on IEEE float arithmetic.

Measures: object allocation and garbage collection, __init__ calls, float attribute
loads and stores, float arithmetic and comparisons, a large live list of objects.

Size argument: number of points (work is linear in it); they are made in batches of
100,000 that are alive at the same time.
"""
# bench-size: default=1000000 growth=linear
import sys

DEFAULT_POINTS = 1000000
BATCH = 100000
EXPECTED = ("0.894427191", "1.000000000", "0.447213595", "159549.095108290")

PI = 3.141592653589793
TWO_PI = 2.0 * PI


def sin(x):
    # Reduce to [-pi, pi], then a Taylor series evaluated with Horner's rule.
    k = int(x / TWO_PI)
    x = x - k * TWO_PI
    if x > PI:
        x -= TWO_PI
    elif x < -PI:
        x += TWO_PI
    x2 = x * x
    return x * (1.0 - x2 / 6.0 * (1.0 - x2 / 20.0 * (1.0 - x2 / 42.0 * (1.0 - x2 / 72.0 * (
        1.0 - x2 / 110.0 * (1.0 - x2 / 156.0 * (1.0 - x2 / 210.0 * (1.0 - x2 / 272.0))))))))


def cos(x):
    return sin(x + PI / 2.0)


class Point:
    def __init__(self, i):
        self.x = x = sin(i)
        self.y = cos(i) * 3.0
        self.z = (x * x) / 2.0

    def __repr__(self):
        return f"<Point: x={self.x:.9f}, y={self.y:.9f}, z={self.z:.9f}>"

    def normalize(self):
        x = self.x
        y = self.y
        z = self.z
        norm = (x * x + y * y + z * z) ** 0.5
        self.x = x / norm
        self.y = y / norm
        self.z = z / norm

    def maximize(self, other):
        if other.x > self.x:
            self.x = other.x
        if other.y > self.y:
            self.y = other.y
        if other.z > self.z:
            self.z = other.z
        return self


def batch(start, stop):
    points = [Point(i) for i in range(start, stop)]
    for p in points:
        p.normalize()
    best = points[0]
    for p in points[1:]:
        best = best.maximize(p)
    total = 0.0
    for p in points:
        total += p.x - p.y + p.z
    return best, total


def run(n):
    # Batches of BATCH points keep the live set (and the peak memory) bounded.
    best = None
    total = 0.0
    start = 0
    while start < n:
        stop = min(start + BATCH, n)
        b, t = batch(start, stop)
        total += t
        if best is None:
            best = b
        else:
            best = best.maximize(b)
        start = stop
    return best, total


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_POINTS
    # Sanity checks of the home-made trigonometry (exact values of the polynomial).
    if abs(sin(PI / 6.0) - 0.5) > 1e-9 or abs(cos(PI / 3.0) - 0.5) > 1e-9:
        sys.exit("float: sin/cos approximations are wrong")
    best, total = run(n)
    print(best)
    print(f"sum={total:.9f}")
    got = (f"{best.x:.9f}", f"{best.y:.9f}", f"{best.z:.9f}", f"{total:.9f}")
    if n == DEFAULT_POINTS and got != EXPECTED:
        sys.exit(f"float: expected {EXPECTED}, got {got}")


main()
