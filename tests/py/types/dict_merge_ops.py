# dict | and |= merge operators.
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a, b)
c = a
c |= b
print(c, a, c is a)
c |= [("w", 0), ("x", -1)]
print(c)
c |= {}
print(c)
print({} | {}, {} | {"k": 1}, {"k": 1} | {})
try:
    a | [("q", 1)]
except TypeError as e:
    print("TypeError:", e)
try:
    a | None
except TypeError as e:
    print("TypeError:", e)
try:
    c |= 5
except TypeError as e:
    print("TypeError:", e)
defaults = {"color": "red", "size": "M", "qty": 1}
overrides = {"size": "L", "gift": True}
merged = defaults | overrides
print(merged, list(merged))
print({**defaults, **overrides} == merged, {**overrides, **defaults})
print(dict(defaults, **{"qty": 5}), dict(**defaults))
layered = {}
for layer in ({"a": 1}, {"b": 2}, {"a": 3, "c": 4}):
    layered |= layer
    print(layered)
x = {1: "one"}
y = {1.0: "float one", True: "true"}
print(x | y, y | x)
