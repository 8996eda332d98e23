def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))
print(f(1, c=3), f(1, 2, 3, 4, c=5, e=6), f(*[1, 2], **{"c": 0}))
def g(x, y, /, z):
    return x + y + z
print(g(1, 2, 3), g(1, 2, z=3))
for call in [lambda: f(), lambda: f(1), lambda: g(1, 2), lambda: g(1, y=2, z=3), lambda: f(1, c=1, c2=2, **{"c": 5})]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
def h(a, b):
    return a - b
try:
    h(1, 2, 3)
except TypeError as e:
    print(e)
try:
    h(1, a=2)
except TypeError as e:
    print(e)
try:
    h(1, z=2)
except TypeError as e:
    print(e)
def defaults(x=[]):
    x.append(1)
    return x
print(defaults(), defaults(), defaults([0]))
def kwonly(*, a, b=1):
    return a, b
print(kwonly(a=5))
try:
    kwonly(1)
except TypeError as e:
    print(e)
try:
    kwonly()
except TypeError as e:
    print(e)
print((lambda *a, **k: (a, k))(1, 2, x=3))
def rec(n):
    return 1 if n <= 1 else n * rec(n - 1)
print(rec(20), rec(30))
