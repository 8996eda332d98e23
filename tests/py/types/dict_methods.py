# get/setdefault/pop/update/copy/clear.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", "default"), d.get("a", "unused"))
print(d.setdefault("a", 100), d.setdefault("c", 3), d.setdefault("n"), d)
print(d.pop("a"), d.pop("zz", "fallback"), d.pop("n", None), d)
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError:", e)
d.update({"x": 10, "b": 20})
print(d)
d.update([("y", 11), ("z", 12)])
print(d)
d.update(w=13, x=14)
print(d)
d.update({"v": 0}, u=1)
print(d)
d.update()
print(d)
c = d.copy()
c["new"] = True
print(len(d), len(c), "new" in d, c is d)
nested = {"inner": [1, 2]}
cp = nested.copy()
cp["inner"].append(3)
print(nested)
d.clear()
print(d, len(d), bool(d))
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
for bad in ([1, 2], [(1, 2, 3)], 5):
    try:
        {}.update(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    {}.get()
except TypeError as e:
    print("TypeError:", e)
print(dict(a=1).get("a", 0) + 1, {1: 2}.get(1.0), {True: "t"}.get(1))
