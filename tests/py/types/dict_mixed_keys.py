# Keys of mixed types and numeric key collisions (1 == 1.0 == True).
d = {}
d[1] = "int one"
d[1.0] = "float one"
print(d)
d[True] = "bool"
print(d, len(d))
d[0] = "zero"
d[False] = "false"
d[0.0] = "zero float"
d[-0.0] = "neg zero"
print(d)
d["1"] = "str one"
d[(1,)] = "tuple one"
d[(1.0,)] = "tuple float"
d[None] = "none"
d[2.5] = "float"
d[b"1"] = "bytes"
d[frozenset({1})] = "fs"
print(d)
print(d[1], d[1.0], d[True], d[0], d["1"], d[(True,)], d[None], d[frozenset([1.0])])
print(len(d), 1 in d, 1.0 in d, "1" in d, 2 in d, 2.5 in d, (1,) in d)
e = {1: "a", 2: "b"}
e[2.0] = "B"
print(e, list(e.keys()), [type(k).__name__ for k in e])
f = {2 ** 61 - 1: "big", 0: "zero", -1: "neg", -2: "neg2"}
print(f, f[-1], f[-2], len(f))
g = {10 ** 20: "x", float(10 ** 20): "y", 1e20: "z"}
print(g)
h = {float("inf"): 1, -float("inf"): 2}
h[1e308 * 10] = 3
print(len(h), list(h.values()), h[float("inf")], -1e308 * 10 in h)
print({(1, 2): 1, (1.0, 2.0): 2}, {"a": 1, "a" + "": 2})
keys = [3, "3", 3.0, (3,), "three", None]
print({k: type(k).__name__ for k in keys})
