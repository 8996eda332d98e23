# Changing a dict's size during iteration raises RuntimeError.
d = {1: "a", 2: "b", 3: "c"}
try:
    for k in d:
        d[k + 10] = "x"
except RuntimeError as e:
    print("RuntimeError:", e)
print(len(d))
d = {1: "a", 2: "b", 3: "c"}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
d = {1: "a", 2: "b", 3: "c"}
try:
    for k, v in d.items():
        d.pop(3)
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
d = {1: "a", 2: "b"}
try:
    for v in d.values():
        d.clear()
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
d = {1: "a", 2: "b", 3: "c"}
for k in d:
    d[k] = d[k].upper()
print(d)
for k in list(d):
    if k % 2:
        del d[k]
print(d)
d = {i: i for i in range(5)}
for k in list(d.keys()):
    d[k * 100] = k
print(d)
d = {"a": 1}
it = iter(d)
d["b"] = 2
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
d = {"a": 1, "b": 2}
it = iter(d)
print(next(it))
d["c"] = 3
del d["c"]
try:
    print(next(it))
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
print(sorted(s)[:3], len(s) > 3)
