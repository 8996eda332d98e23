# Starred assignment targets
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
a, *mid, z = [1, 2]
print(a, mid, z)
*everything, = (1, 2, 3)
print(everything, type(everything).__name__)
head, *tail = "x"
print(head, tail)
(a, *b), c = [1, 2, 3], 4
print(a, b, c)
a, (b, *c), *d = 1, (2, 3, 4), 5, 6
print(a, b, c, d)
for x, *ys in [(1, 2, 3), (4,), (5, 6)]:
    print(x, ys)
*_, penultimate, _last = range(10)
print(penultimate, _last)
first, *_ = "hello"
print(first, _)
d = {"a": 1, "b": 2, "c": 3}
k, *ks = d
print(k, ks)
def gen():
    yield from range(5)
g1, *g_rest = gen()
print(g1, g_rest)
data = [("ann", 90, 85, 77), ("bob", 60), ("cy", 1, 2)]
for name, *scores in data:
    print(name, scores, sum(scores) / len(scores) if scores else None)
x, *y, z = "ab"
print(x, y, z)
try:
    x, *y, z = "a"
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, *c = [1]
except ValueError as e:
    print("ValueError:", e)
