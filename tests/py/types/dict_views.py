# keys/values/items views: len, iteration, membership, set operations, liveness.
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
print(len(k), len(v), len(it), "a" in k, 2 in v, ("a", 1) in it, ("a", 2) in it, "z" in k)
d["d"] = 4
print(k, len(v), list(it)[-1])
del d["a"]
print(list(k), list(v), list(it))
print(sorted(k & {"b", "x"}), sorted(k | {"z"}), sorted(k - {"b"}), sorted(k ^ {"b", "q"}))
print(sorted(it & {("b", 2), ("c", 0)}), k == {"b", "c", "d"}, k <= {"b", "c", "d", "e"}, k.isdisjoint({"x"}))
print(list(reversed(k)), list(reversed(v)), list(reversed(it)))
print(type(k).__name__, type(v).__name__, type(it).__name__)
print(v == v, d.values() == d.values(), list(v) == [2, 3, 4])
for key in k:
    print("key", key, d[key])
for key, val in d.items():
    print("item", key, val)
print(list(zip(d.keys(), d.values())) == list(d.items()))
e = {}
print(e.keys(), e.values(), e.items(), list(e.items()))
try:
    k[0]
except TypeError as err:
    print("TypeError:", err)
m = {1: "x", 2: "y"}
print(sorted(m.keys() | [3, 4]), sorted(m.items() | {(9, "z")}, key=str))
print(m.keys() & m.keys(), {1, 2} == m.keys())
print(max(d.values()), sum(d.values()), sorted(d.items(), key=lambda kv: -kv[1]))
