# * and ** in calls and in list/tuple/set/dict literals
def f(a, b, c, d=0, **kw):
    return a, b, c, d, kw

args = [1, 2]
print(f(*args, 3))
print(f(*args, *[3, 4]))
print(f(0, *"ab", e=5))
print(f(**{"a": 1, "b": 2, "c": 3}))
print(f(1, **{"b": 2}, c=3, **{"x": 9}))
print(f(*range(3), d=4, **dict(z=26)))
print([*args, *args, 3])
print((*args, 5))
print({*args, *[2, 3]})
print([*"hey", *range(2)])
print({**{"a": 1}, "b": 2, **{"a": 3}})
print({"a": 0, **{"a": 1}}, {**{"a": 1}, "a": 0})
print([*[]], (*(),), {**{}})
t = *range(3), *"xy"
print(t)
print(*[1, 2], *[3], sep=", ")
def g(*args, **kwargs):
    return args, kwargs
print(g(*[], **{}))
print(g(*(i * i for i in range(4))))
print(g(*{3: "a", 1: "b"}))
print(g(**{"k" + str(i): i for i in range(3)}))
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    f(*5)
except TypeError as e:
    print("TypeError:", e)
try:
    f(**[1])
except TypeError as e:
    print("TypeError:", e)
try:
    g(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
merged = {**dict(a=1), **dict(b=2)}
print(merged, [*merged], [*merged.items()])
print(max(*[4, 8], 6), min(*"zay"))
nested = [[1, 2], [3]]
print([*nested[0], *nested[1]], [x for sub in nested for x in sub])
print(sorted({*range(5), *range(3, 8)}))
