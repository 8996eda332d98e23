# Hashes of numbers: equal values hash equally; int hashes are deterministic.
print(hash(1) == hash(1.0), hash(0) == hash(0.0) == hash(-0.0) == hash(False), hash(True) == hash(1))
print(hash(2.5) == hash(2.5), hash(10 ** 20) == hash(1e20), hash(2 ** 70) == hash(float(2 ** 70)))
for n in (0, 1, -1, -2, 2, 100, -100, 2 ** 31, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 62, 2 ** 64, -(2 ** 61), 10 ** 30):
    print(n, hash(n))
print(hash(-1) == hash(-2))
print(hash(0.5), hash(1.5), hash(-0.5), hash(0.25), hash(1e100) == hash(int(1e100)))
print(hash(float("inf")), hash(float("-inf")))
print(hash(()), hash((1,)) == hash((1.0,)), hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)))
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
d2 = {2 ** 61 - 1: "a", 0: "b"}
print(d2)
print({0, 0.0, False, -0.0}, {1, 1.0, True})
print(hash(frozenset()) == hash(frozenset()), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
try:
    hash([1])
except TypeError as e:
    print("TypeError:", e)
try:
    hash({})
except TypeError as e:
    print("TypeError:", e)
