# Closures: late binding in loops, default-argument capture, nonlocal counters, cells shared
# between closures, class scope not visible to methods, global/nonlocal interplay, lambdas in
# comprehensions, closures over loop variables in generators, __closure__ contents.
fs = [lambda: i for i in range(3)]
gs = [lambda i=i: i for i in range(3)]
print([f() for f in fs], [g() for g in gs])
def counter():
    n = 0
    def inc(by=1):
        nonlocal n
        n += by
        return n
    def get(): return n
    return inc, get
inc, get = counter(); inc(); inc(5); print(get(), inc.__closure__[0].cell_contents, inc.__code__.co_freevars)
x = 'global'
class K:
    x = 'class'
    def m(self): return x
    y = [x for _ in range(1)]
print(K().m(), K.y)
def outer():
    v = 1
    def mid():
        def inner():
            nonlocal v
            v += 10
            return v
        return inner
    f = mid()
    f(); f()
    return v
print(outer())
def g():
    global x
    x = 'changed'
g(); print(x)
def make():
    funcs = []
    for i in range(3):
        def f(i=i): return i * i
        funcs.append(f)
    return funcs
print([f() for f in make()])
def late():
    res = []
    for i in range(3):
        res.append(lambda: i)
    i = 100
    return [f() for f in res]
print(late())
def gen_closure():
    for i in range(3):
        yield lambda: i
print([f() for f in gen_closure()], [f() for f in list(gen_closure())])
def shadow():
    try:
        print(y)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    y = 1
y = 5
shadow()
def deleted():
    z = 1
    def get(): return z
    del z
    try: get()
    except NameError as e: print(e)
deleted()
adders = {n: (lambda n: lambda v: v + n)(n) for n in range(3)}
print({k: f(10) for k, f in adders.items()})
def rec():
    def fact(n): return 1 if n <= 1 else n * fact(n - 1)
    return fact
print(rec()(20))
