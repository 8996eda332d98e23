# Closures: counters and accumulators with nonlocal, late binding vs default capture, closures
# over loop variables in comprehensions, cell sharing between sibling closures, decorators
# with state, and __closure__ introspection.
def make_counter(start=0, step=1):
    count = start
    def inc():
        nonlocal count
        count += step
        return count
    def reset():
        nonlocal count
        count = start
    def peek():
        return count
    return inc, reset, peek
inc, reset, peek = make_counter(10, 5)
print(inc(), inc(), peek(), reset(), peek(), inc())
print([c.cell_contents for c in inc.__closure__], inc.__code__.co_freevars, make_counter.__code__.co_cellvars)
late = [lambda: i for i in range(3)]
bound = [lambda i=i: i for i in range(3)]
print([f() for f in late], [f() for f in bound])
def outer():
    fns = []
    for i in range(3):
        def f(i=i):
            return i * 10
        fns.append(f)
    x = 'first'
    g = lambda: x
    x = 'second'
    return [f() for f in fns], g()
print(outer())
def memo(fn):
    cache = {}
    calls = 0
    def wrapper(n):
        nonlocal calls
        calls += 1
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.stats = lambda: (calls, len(cache))
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.stats())
def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            c = 3
            def l3():
                nonlocal a, b
                a += 100
                b += 100
                return a + b + c
            return l3
        return l2
    f = l1()()
    return f(), f(), a
print(deep())
def shadow():
    x = 'outer'
    def inner():
        x = 'inner'
        return x
    return inner(), x
print(shadow())
def class_in_func(v):
    class K:
        value = v
        def get(self):
            return v * 2
    return K
print(class_in_func(4)().get(), class_in_func('a').value)
def accum():
    total = []
    def add(x):
        total.append(x)
        return sum(total)
    return add
a1, a2 = accum(), accum()
print(a1(1), a1(2), a2(10), a1(3))
try:
    def broken():
        def inner():
            return y
        return inner()
    broken()
except NameError as e:
    print('NameError', e)
def unbound():
    def inner():
        return z
    r = None
    try:
        r = inner()
    except NameError as e:
        r = str(e)
    z = 1
    return r
print(unbound())
gen_closures = [(lambda: k) for k in 'abc']
print([f() for f in gen_closures], (lambda: [(lambda: j)() for j in range(2)])())
