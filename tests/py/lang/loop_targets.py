# Unusual for-loop targets: attributes, subscripts, nested, starred
class Holder:
    pass
h = Holder()
for h.value in range(3):
    print("attr target", h.value)
print("final", h.value)
d = {}
for d["key"] in "abc":
    print("subscript target", d)
lst = [0, 0, 0]
for i, lst[i] in enumerate("xyz"):
    pass
print(lst)
for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
    print(a, b, c)
for first, *rest in ["abc", "de", "f"]:
    print(first, rest)
for [p, q] in [[1, 2], (3, 4)]:
    print(p, q)
m = [[1, 2], [3, 4]]
for row in m:
    for j, row[j] in enumerate([row[1], row[0]]):
        pass
print(m)
out = []
for x in range(3):
    for y in range(x):
        out.append((x, y))
print(out, x, y)
for _ in range(2):
    pass
print(_)
names = ["a", "b"]
for i, name in enumerate(names):
    names[i] = name.upper()
print(names)
it = [1, 2, 3]
for v in it:
    if v == 1:
        it.append(4)
    print("v", v)
    if len(it) > 5:
        break
seen = []
data = [1, 2, 3, 4]
for v in data:
    seen.append(v)
    if v == 2:
        data.remove(v)
print(seen, data)
for k, v in sorted({"b": 2, "a": 1}.items()):
    print(k, v)
