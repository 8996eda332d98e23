d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, "z" in d)
print(list(d.keys()), list(d.values()), list(d.items()))
d.update({"d": 4}, e=5); print(d)
print(d.pop("a"), d.pop("zz", None), d.setdefault("f", 6), d.setdefault("b", 99), d)
del d["b"]; print(d, d.popitem(), d)
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict.fromkeys("ab", 0), {k: k * 2 for k in range(4)})
print({1: "int", 1.0: "float", True: "bool"}, {(1, 2): "t"}[(1, 2)])
e = {"x": 1} | {"y": 2}; e |= {"x": 3}; print(e)
try:
    d["missing"]
except KeyError as err:
    print("KeyError", err, repr(err))
try:
    for k in d:
        d[k + "x"] = 1
except RuntimeError as err:
    print("RuntimeError", err)
print({1: {2: [3, {"z": None}]}}, dict(sorted({"b": 1, "a": 2}.items())))
ks = d.keys(); d["new"] = 1; print(ks, len(ks), "new" in ks)
print(sorted({"b": 1, "a": 2}), {} == {}, {"a": 1} == {"a": 1.0})
