"""Unstable types: loops whose operands change type on every iteration (small int, float,
big int, str, tuple, a user class with operator methods), so that every speculation a JIT
makes from type feedback fails. It is the JIT's worst case: the goal is to run no slower
than the interpreter alone.

Measures: BINARY_OP and COMPARE_OP on mixed types, attribute access on objects of
alternating classes, calls through a polymorphic call site.

Size argument: number of rounds (work is linear in it).
"""
# bench-size: default=40000 growth=linear
import sys

DEFAULT_ROUNDS = 40000
EXPECTED = "f09082a3"


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        return Vec(self.x + other, self.y + other)

    def __lt__(self, other):
        return self.x < (other.x if isinstance(other, Vec) else other)

    def size(self):
        return abs(self.x) + abs(self.y)

    def __repr__(self):
        return f"Vec({self.x!r}, {self.y!r})"


class Cell:
    def __init__(self, v):
        self.v = v
        self.x = v

    def size(self):
        return 1


def values(i):
    k = i % 6
    if k == 0:
        return i, i + 1
    if k == 1:
        return i * 0.5, 2.25
    if k == 2:
        return 10 ** 20 + i, 3
    if k == 3:
        return "s%d" % (i % 10), "t"
    if k == 4:
        return (i, i), (1,)
    return Vec(i, -i), Vec(1, 1)


def mix(a, b):
    c = a + b
    if type(a) is type(b) and not isinstance(a, tuple):
        if a < c:
            return c
    return a


def run(rounds):
    h = 0
    objs = [Vec(1, 2), Cell(3), Vec(4.5, 1), Cell(-2)]
    for i in range(rounds):
        a, b = values(i)
        r = mix(a, b)
        o = objs[i % 4]
        h = (h * 31 + len(repr(r)) + int(o.size()) + int(o.x)) & 0xFFFFFFFF
    return h


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_ROUNDS
    h = "%08x" % run(rounds)
    print("hash", h)
    if rounds == DEFAULT_ROUNDS and h != EXPECTED:
        sys.exit(f"unstable_types: expected {EXPECTED}, got {h}")


main()
