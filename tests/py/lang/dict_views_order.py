# Dict views, insertion order, mutation during iteration
d = {"x": 1, "y": 2, "z": 3}
ks, vs, its = d.keys(), d.values(), d.items()
print(type(ks).__name__, type(vs).__name__, type(its).__name__)
print(list(ks), list(vs), list(its))
d["w"] = 0
print(list(ks), len(vs), ("w", 0) in its, "w" in ks, 0 in vs)
print(ks == {"x", "y", "z", "w"}, sorted(ks & {"x", "q"}), sorted(ks - {"x"}))
print(sorted(ks | {"new"}), sorted(ks ^ {"x", "q"}))
del d["y"]
print(list(d))
d["y"] = 9
print(list(d.items()))
d["x"] = 100
print(list(d.items()))
try:
    for k in d:
        d[k + "!"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
print(len(d))
d2 = {i: i * i for i in range(5)}
for k in list(d2):
    if k % 2:
        del d2[k]
print(d2)
try:
    for k in d2:
        del d2[k]
except RuntimeError as e:
    print("RuntimeError:", e)
print(list(reversed({"a": 1, "b": 2, "c": 3})), list(reversed({"a": 1}.items())))
it = iter({"p": 1, "q": 2})
print(next(it), next(it), next(it, "end"))
big = {}
for i in range(100):
    big[i * 7 % 100] = i
print(list(big)[:10], list(big.values())[-3:])
for i in range(0, 100, 3):
    del big[i]
print(len(big), list(big)[:5])
for i in range(0, 100, 3):
    big[i] = -i
print(list(big)[-5:])
e = dict.fromkeys(range(3))
e.update({1: "one"})
print(e, list(e.values()))
print({k: v for k, v in sorted({"b": 1, "a": 2}.items())})
vv = {"a": 1}.values()
print(vv == vv, list(vv) == [1])
