# nonlocal rebinding in nested functions
def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = counter()
print(inc(), inc(), inc(5), get())
inc2, get2 = counter()
print(inc2(), get(), get2())

def outer():
    x = 1
    def middle():
        nonlocal x
        x = 2
        def inner():
            nonlocal x
            x = 3
        print("before inner", x)
        inner()
        print("after inner", x)
    middle()
    return x
print("outer returns", outer())

def accumulate():
    total = 0
    items = []
    def add(v):
        nonlocal total
        total += v
        items.append(v)
        return total, list(items)
    return add
acc = accumulate()
print(acc(3))
print(acc(4))
print(acc(-1))

def fib_gen():
    a, b = 0, 1
    def nxt():
        nonlocal a, b
        r = a
        a, b = b, a + b
        return r
    return nxt
n = fib_gen()
print([n() for _ in range(12)])

def loop_closures():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    i = 100
    return [f() for f in fs]
print(loop_closures())
def nonlocal_del():
    x = 5
    def d():
        nonlocal x
        del x
    d()
    try:
        return x
    except NameError as e:
        return "NameError: " + str(e)
print(nonlocal_del())
