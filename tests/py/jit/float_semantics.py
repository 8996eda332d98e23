# Float arithmetic and comparisons in compiled loops: NaN, infinities, signed zeros.
import math

def combine(xs, ys):
    out = []
    for i in range(len(xs)):
        a = xs[i]
        b = ys[i]
        out.append((a + b, a - b, a * b, a < b, a <= b, a == b, a != b, a > b, a >= b))
    return out

vals = [0.0, -0.0, 1.5, -2.25, float("inf"), -float("inf"), float("nan"), 1e308, 5e-324]
xs = [a for a in vals for b in vals]
ys = [b for a in vals for b in vals]
for _ in range(30):
    r = combine(xs, ys)
for row in r:
    print(tuple(repr(v) for v in row))
n = float("nan")
s = 0.0
for i in range(100):
    s = s + n * 0.0
print(s, s != s, math.isnan(s))
z = -0.0
for i in range(10):
    z = z * 1.0
print(z, math.copysign(1.0, z))
def div(a, b):
    return a / b
for i in range(50):
    div(1.0, 2.0)
try:
    div(1.0, 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
