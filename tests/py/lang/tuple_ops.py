# Tuple creation, operations, immutability, hashing
t = (1, 2, 3)
print(t, len(t), t[0], t[-1], t[1:], t[::-1])
print((), (1,), (1), 1, 2, tuple("ab"), tuple(range(3)), tuple([4, 5]))
print(t + (4,), t * 2, 2 * (0,), (1, 2) == (1, 2), (1, 2) < (1, 3), (1, 2) < (1, 2, 0))
print(t.index(2), t.count(2), 3 in t, 9 not in t)
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    t.append(4)
except AttributeError as e:
    print("AttributeError:", e)
nested = (1, [2, 3])
nested[1].append(4)
print(nested)
try:
    hash(nested)
except TypeError as e:
    print("TypeError:", e)
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "a"}[(1, 2)])
a, b, c = t
print(a, b, c)
print(max((1, "b"), (1, "a")), sorted([(2, 1), (1, 2), (1, 1)]))
def multi():
    return 1, "two", [3]
r = multi()
print(r, type(r).__name__)
x, y, z = multi()
print(x, y, z)
print(tuple(x * 2 for x in t), sum(t), min(t))
print(t[5:], t[-100:1], (1, 2, 3)[1:2])
print(bool(()), bool((0,)), len(((),)))
print(tuple(reversed(t)), list(enumerate(t)))
tt = ((1, 2), (3, 4))
print([a + b for a, b in tt], dict(tt))
u = t
t += (4,)
print(t, u, t is u)
print((1, 2) + tuple([3]), (1,) * 0)
print(((1, 2), 3)[0][1], (1, (2, (3, (4,))))[1][1][1][0])
try:
    (1, 2) + [3]
except TypeError as e:
    print("TypeError:", e)
print(repr((1,)), repr(()), str((None, "s")))
