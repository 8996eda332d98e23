def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc
c = counter(); print(c(), c(), c(10))
def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in make_adders()])
def late():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print(late())
G = 1
def setg():
    global G
    G = 2
setg(); print(G)
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    return middle()
print(outer())
def deco(fn):
    def wrapper(*a, **k):
        return ("decorated", fn(*a, **k))
    return wrapper
@deco
def add(a, b):
    return a + b
print(add(2, 3))
def param_deco(tag):
    def d(fn):
        def w(x):
            return tag + str(fn(x))
        return w
    return d
@param_deco("<")
@param_deco(">")
def ident(x):
    return x
print(ident(5))
def unbound():
    try:
        print(y)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    y = 1
unbound()
