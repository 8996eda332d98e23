# Distinct NaN objects: containers use identity first, then ==, so two NaNs made
# separately never match each other, while the same NaN object matches itself.
a = float("nan")
b = float("nan")
print(a == a, a == b, a is a, a is b)
print([a] == [a], [a] == [b], (a,) == (b,), a in [a], a in [b], b in (a, b))
print([a, b].count(a), [a, b].count(b), [b, a].index(a), [1, a].index(a))
d = {a: "first"}
d[b] = "second"
print(len(d), d[a], d[b], a in d, b in d, float("nan") in d)
print(d.get(float("nan"), "absent"), len({float("nan"): 1, float("nan"): 2}))
s = {a, b, a}
print(len(s), a in s, float("nan") in s)
print({1: a} == {1: a}, {1: a} == {1: b}, {a: 1} == {b: 1}, {a: 1} == {a: 1})
c = a * 1
print(c is a, c == a, [c] == [a], c in [a])
nans = [float("nan") for _ in range(3)]
print(len(set(nans)), len(dict.fromkeys(nans)), nans.count(nans[1]), nans.count(float("nan")))
x = -a
print(x is a, [x] == [a], repr(x), str([x, a]))
# the same NaN object inside containers compares equal by identity
l = [a]
print(a in l, l == l, l.count(a), l.index(a), l == [a], [a, 2] == [a, 2], (a, 1) == (a, 1))
print({"k": a} == {"k": a}, {a: 1} == {a: 1}, {1: [a]} == {1: [a]}, [1, a] < [2, a])
e = {a: 1}
e[a] = 2
print(len(e), e[a], e.get(a), a in e, list(e.values()))
# separately created floats are distinct objects in CPython
print(float("inf") is not float("inf"), float("nan") is float("nan"))
