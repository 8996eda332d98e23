# Dicts preserve insertion order through updates, deletions and re-insertions.
d = {}
for k in ["zeta", "alpha", "mid", "beta", 3, 1, 2, (0,), 1.5]:
    d[k] = len(d)
print(d)
print(list(d), list(d.values()))
d["alpha"] = "updated"
print(list(d))
del d["zeta"]
d["zeta"] = "back"
print(list(d))
d.pop("mid")
d["mid"] = "again"
print(d)
e = dict(b=1, a=2, c=3)
print(e, list(e.keys()))
f = dict([("x", 1), ("y", 2), ("x", 3)])
print(f)
g = {"k1": 1, "k2": 2, "k1": 3}
print(g)
h = {}
for i in range(20):
    h[i * 7 % 20] = i
print(list(h))
for i in range(0, 20, 2):
    del h[i]
print(list(h))
for i in range(0, 20, 4):
    h[i] = "re"
print(list(h), len(h))
big = {}
for i in range(1000):
    big[str(i)] = i
for i in range(0, 1000, 3):
    del big[str(i)]
keys = list(big)
print(len(keys), keys[:10], keys[-5:])
print(list({"b": 0, "a": 0} | {"c": 0, "a": 1}), list(dict.fromkeys("hello")))
