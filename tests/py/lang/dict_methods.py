# dict methods and operations
d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0))
print("a" in d, "z" in d, 1 in d)
print(d.setdefault("a", 100), d.setdefault("e", 5), d)
print(d.pop("e"), d.pop("zz", "default"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
d.update({"b": 20, "f": 6})
d.update(g=7)
d.update([("h", 8)])
print(d)
print(d.popitem(), d)
c = d.copy()
c["a"] = "changed"
print(d["a"], c["a"])
print(list(d.keys()), list(d.values()), list(d.items()))
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0))
print(dict(a=1, b=2), dict([("x", 1)]), dict(zip("pq", (8, 9))), dict({"k": 1}, k2=2))
print(d | {"z": 26}, {"a": 0} | {"a": 1})
e = {"x": 1}
e |= {"y": 2}
print(e)
e.clear()
print(e, len(e), bool(e))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(sorted(counts, key=counts.get), max(counts, key=counts.get))
inv = {}
for k, v in counts.items():
    inv.setdefault(v, []).append(k)
print(inv)
nested = {"outer": {"inner": [1, 2]}}
nested["outer"]["inner"].append(3)
nested["outer"]["new"] = {}
print(nested)
print({1: "int", 1.0: "float"}, {True: "t", 1: "one"})
print({(1, 2): "tuple key", None: "none key", "": "empty"})
keys = {}
keys[2] = "b"; keys[1] = "a"; keys[3] = "c"
del keys[2]
keys[2] = "b again"
print(keys, list(keys))
print({"a": 1} == {"a": 1}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} != {"a": 1.0})
try:
    {}["missing"]
except KeyError as e:
    print("KeyError:", e)
