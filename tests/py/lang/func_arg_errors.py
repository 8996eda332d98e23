# Exact TypeError messages for bad calls
def f(a, b):
    return a + b
def g(a, b=1, *, c):
    return a
def h(x, /, y):
    return x
def v(*args, k):
    return k
def none():
    return 0
class C:
    def m(self, a):
        return a
calls = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, z=3),
    lambda: f(1, a=2),
    lambda: f(b=2),
    lambda: g(1),
    lambda: g(1, 2, 3, c=4),
    lambda: g(c=1),
    lambda: h(x=1, y=2),
    lambda: v(1, 2),
    lambda: none(1),
    lambda: none(x=1),
    lambda: C().m(),
    lambda: C().m(1, 2),
    lambda: C.m(),
    lambda: f(*[1, 2, 3, 4]),
    lambda: f(**{"a": 1, "b": 2, "c": 3}),
    lambda: f(1, **{"a": 2}),
    lambda: (lambda x: x)(),
    lambda: (lambda: 0)(5),
    lambda: g(),
]
for i, c in enumerate(calls):
    try:
        c()
        print(i, "no error")
    except TypeError as e:
        print(i, e)
def many(a, b, c, d):
    pass
try:
    many(1)
except TypeError as e:
    print(e)
try:
    many(1, 2)
except TypeError as e:
    print(e)
try:
    f(1, 2, **{"b": 5})
except TypeError as e:
    print(e)
