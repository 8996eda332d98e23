# popitem is LIFO; fromkeys with shared default values.
d = {"a": 1, "b": 2, "c": 3}
print(d.popitem(), d)
d["z"] = 26
print(d.popitem(), d.popitem(), d)
print(d.popitem(), d)
try:
    d.popitem()
except KeyError as e:
    print("KeyError:", e)
f = dict.fromkeys(["x", "y", "z"])
print(f)
g = dict.fromkeys("abc", 0)
print(g)
h = dict.fromkeys(range(3), [])
h[0].append("shared")
print(h)
print(dict.fromkeys([]), dict.fromkeys([1, 1, 2, 1]), dict.fromkeys((1, 1.0, True), "v"))
print({}.fromkeys("hi", True), dict.fromkeys(x * 2 for x in range(3)))
stack = dict.fromkeys(range(6))
order = []
while stack:
    order.append(stack.popitem()[0])
print(order)
lru = {}
for key in ["a", "b", "c", "a", "d", "b", "e"]:
    if key in lru:
        del lru[key]
    lru[key] = True
    if len(lru) > 3:
        oldest = next(iter(lru))
        del lru[oldest]
    print(key, list(lru))
try:
    dict.fromkeys(5)
except TypeError as e:
    print("TypeError:", e)
