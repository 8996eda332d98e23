# Tuple comparisons and hashing (as dict keys and set members).
pairs = [((), ()), ((), (1,)), ((1, 2), (1, 2)), ((1, 2), (1, 3)), ((1, 2), (1, 2, 0)), ((2,), (1, 9)),
         (("a", 1), ("a", 2)), ((1.0, 2), (1, 2.0)), ((1, (2, 3)), (1, (2, 4)))]
for x, y in pairs:
    print(x, y, x == y, x < y, x <= y, x > y, x >= y, x != y)
print((1, 2) == [1, 2], (1,) == 1, (None,) == (None,))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print("TypeError:", e)
print((1, "a") < (2, 1), (1, "a") == (1, 2))
d = {}
d[(1, 2)] = "a"
d[(1, 2.0)] = "b"
d[(2, 1)] = "c"
d[()] = "empty"
d[((1,), (2,))] = "nested"
print(d, d[(1, 2)], d[1, 2], len(d))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((1.0, 2.0)), hash((1, 2)) == hash((2, 1)))
print(hash(()), hash((0,)), hash((1, 2, 3)), hash((-1,)), hash(((1, 2), 3)))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
try:
    {(1, [2]): 0}
except TypeError as e:
    print("TypeError:", e)
s = {(0, 0), (0, 1), (0, 0), (1, 0)}
print(len(s), sorted(s), (0, 1) in s, (1, 1) in s)
grid = {(r, c): r * 10 + c for r in range(3) for c in range(3)}
print(grid[(2, 1)], grid[0, 2], sorted(grid)[:4], max(grid), min(grid.items(), key=lambda kv: -kv[1]))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]), max((1, 2), (1, 2, 0)), min([(3,), (1, 5)]))
