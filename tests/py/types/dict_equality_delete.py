# Dict equality ignores order; deletion forms.
a = {"x": 1, "y": 2}
b = {"y": 2, "x": 1}
print(a == b, a != b, list(a) == list(b), a == {"x": 1}, a == {"x": 1, "y": 3}, {} == {})
print({1: "a"} == {1.0: "a"}, {1: [1]} == {1: [1.0]}, {1: 2} == [(1, 2)], {"a": 1} == dict(a=1))
try:
    {} < {}
except TypeError as e:
    print("TypeError:", e)
print({1: 0.5} == {1: 0.5}, {1: 1e308 * 10} == {1: float("inf")}, {1: [0.0]} == {1: [-0.0]})
d = {i: str(i) for i in range(8)}
del d[3]
print(d)
del d[0], d[7]
print(d)
print(d.pop(5), d)
k, v = d.popitem()
print(k, v, d)
try:
    del d[100]
except KeyError as e:
    print("KeyError:", e)
for key in [1, 2]:
    del d[key]
print(d, len(d))
e = dict.fromkeys(range(5), 0)
for i in range(5):
    e[i] += i
    if i % 2:
        del e[i]
print(e)
f = {"a": 1, "b": 2, "c": 3}
g = dict(f)
del g["b"]
g["b"] = 2
print(f == g, list(f), list(g))
h = {}
h["k"] = 1
del h["k"]
print(h, h == {}, "k" in h)
