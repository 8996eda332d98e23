# The ways to build a set give CPython's order: set(iterable) of each source kind, literals,
# comprehensions, unpacking, copies, frozenset(), and dicts built from sets.
data = [51, 3, 99, 8, 16, -4, 1000, 24, 5, 77, 32, 13, 2 ** 40, 40, 0, 64, 9, 17, 25, 33]
for n in (2, 3, 5, 6, 11, 20):
    part = data[:n]
    print(n, set(part), set(tuple(part)), set(reversed(part)), set(iter(part)))
    print(" dict", set(dict.fromkeys(part)), set({k: 0 for k in part}.keys()), set({k: 0 for k in part}.items()))
    s = set(part)
    print(" copy", s.copy(), set(s), frozenset(s), frozenset(part), set(frozenset(part)))
    print(" comp", {x for x in part}, {x * 2 for x in part}, {*part}, {*part, *s})
    print(" fromkeys", dict.fromkeys(s), list(dict.fromkeys(frozenset(part))))
    print(" range", set(range(n, 4 * n, 3)), set(range(-n, n)))
print({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 9999})
print({100, 200, 300, 400}, {8, 0, 16}, {7, 15, 23, 31, 39}, {-8, -16, 8, 16})
x, y, z = 64, 128, 0
print({x, y, z}, {z, y, x}, {x, 1, y, 2})
print(set([0.5, 1.5, 2.0, 2, True, 1, 0, False, (1, 2), (2, 1), -0.0]))
print({(i, j) for i in range(3) for j in range(3)})
print(frozenset({frozenset({1}), frozenset({1, 2}), frozenset()}))
print({frozenset({1, 2}): "a", frozenset({3}): "b"}[frozenset([2, 1])])
