# enumerate with start values and various iterables.
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("abc", -2)), list(enumerate([], 5)))
print(list(enumerate(range(3), start=10)), list(enumerate((x * x for x in range(3)), 2 ** 70)))
e = enumerate(["x", "y"])
print(type(e).__name__, next(e), next(e), next(e, "done"))
print(iter(e) is e)
for i, (a, b) in enumerate(zip("pq", "rs")):
    print(i, a, b)
d = {"k1": 1, "k2": 2}
for i, k in enumerate(d):
    print(i, k, d[k])
for i, (k, v) in enumerate(d.items(), 1):
    print(i, k, v)
print(dict(enumerate("hey")), {v: i for i, v in enumerate("hey")})
lines = ["first", "", "third"]
print([f"{n}: {t}" for n, t in enumerate(lines, 1) if t])
try:
    enumerate(5)
except TypeError as ex:
    print("TypeError:", ex)
try:
    enumerate("a", "1")
except TypeError as ex:
    print("TypeError:", ex)
gen = (c for c in "ab")
en = enumerate(gen)
print(next(en), list(gen), list(en))
print(list(enumerate(enumerate("ab"))))
idx = [i for i, v in enumerate([3, 8, 3, 1, 3]) if v == 3]
print(idx)
print(max(enumerate([5, 9, 2]), key=lambda p: p[1]), min(enumerate("zya"), key=lambda p: p[1]))
