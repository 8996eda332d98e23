a = list(range(10))
a[2:5] = []
print(a)
a[1:1] = ["x", "y"]
print(a)
a[::3] = [0] * len(a[::3])
print(a)
del a[1::2]
print(a)
b = [5, 3, 8, 1, 9, 2]
b.sort(key=lambda v: (v % 3, v))
print(b)
b.sort(reverse=True)
print(b, b.index(8), b.count(9), 9 in b, b[-1:-4:-1])
c = [[2, "b"], [1, "a"], [2, "a"], [1, "b"]]
print(sorted(c), sorted(c, key=lambda p: p[1]), sorted(c, key=lambda p: p[0], reverse=True))
t = (1, 2, 3, 2, 1)
print(t.count(2), t.index(3), t[1:4], t[::-1], t + (4,), t * 2, len(t), min(t), max(t), sum(t))
print((1, 2) < (1, 3), (1, 2) == (1, 2), (1,) + (), tuple([1, 2]), tuple("ab"), (1, [2, 3])[1][0])
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "a", (2, 1): "b"}[(2, 1)])
x = [1, 2, 3]
y = x
y += [4]
print(x, x is y)
z = x * 2
z[0] = 99
print(x, z, [None] * 3, [[]] * 2)
nested = [[0] * 3 for _ in range(3)]
nested[1][1] = 5
print(nested, [row[1] for row in nested], list(zip(*nested)))
print(list(range(0)), list(range(-3, 3)), list(range(10, 0, -2)), range(3) == range(0, 3), len(range(5, 1)))
for i, v in enumerate(["a", "b"], 10):
    print(i, v)
try:
    [].index(1)
except ValueError as e:
    print(e)
try:
    (1, 2).index(5)
except ValueError as e:
    print(e)
try:
    [1, 2].remove(7)
except ValueError as e:
    print(e)
try:
    x[10] = 1
except IndexError as e:
    print(e)
e = [3, 1, 2]
print(sorted(e), e, list(reversed(e)), e.copy(), e.pop(1), e, e.clear(), e)
