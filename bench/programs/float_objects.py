"""Many small objects with float attributes: allocation, attribute access, methods."""
import sys
from math import sin, cos, sqrt


class Point:
    def __init__(self, i):
        self.x = x = sin(i)
        self.y = cos(i) * 3
        self.z = (x * x) / 2

    def normalize(self):
        norm = sqrt(self.x * self.x + self.y * self.y + self.z * self.z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def benchmark(n):
    points = [Point(i) for i in range(n)]
    for p in points:
        p.normalize()
    best = points[0]
    for p in points[1:]:
        best = best.maximize(p)
    return best


n = int(sys.argv[1]) if len(sys.argv) > 1 else 300000
total = 0.0
for _ in range(2):
    p = benchmark(n)
    total += p.x + p.y + p.z
result = f"{total:.9f}"
print(result)
if n == 300000 and result != "4.683281573":
    sys.exit("wrong result")
