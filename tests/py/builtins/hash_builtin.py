# hash() of ints, floats, tuples, frozensets and custom objects.
for v in [0, 1, -1, -2, 42, 2 ** 31, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 10 ** 20, -(10 ** 20), True, False]:
    print(repr(v), hash(v))
for v in [0.0, -0.0, 1.0, 1.5, -2.5, 0.1, 1e20, float("inf"), float("-inf"), 2.0 ** 61]:
    print(repr(v), hash(v))
for v in [(), (0,), (1, 2), (1, 2, 3), ((1,), 2), (1.0, 2.0), (-1,), (True, False), (0, 0)]:
    print(repr(v), hash(v))
print(hash(None) == hash(None), hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
print(hash(1) == hash(1.0) == hash(True), hash(2 ** 61 - 1) == hash(0), hash(-(2 ** 61 - 1)) == hash(0))
print(hash((1, 2)) == hash((1.0, 2)), hash(range(3)) == hash(range(0, 3, 1)))
for bad in ([1], {1: 2}, {1}, bytearray(b"x"), (1, [2])):
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError:", e)
class H:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v
    def __eq__(self, other):
        return isinstance(other, H) and self.v == other.v
print(hash(H(5)), hash(H(-1)), hash(H(2 ** 70)), len({H(1), H(1), H(2)}))
class NoHash:
    def __eq__(self, other):
        return True
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)
class BadHash:
    def __hash__(self):
        return "nope"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
print(hash(7) == (7).__hash__(), hash(-7), hash(123456789012345678901234567890))
