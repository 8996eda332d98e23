# Decorators without arguments, stacking, manual wraps
def trace(fn):
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print("ret", fn.__name__, result)
        return result
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    wrapper.__wrapped__ = fn
    return wrapper

@trace
def add(a, b=0):
    "adds"
    return a + b
add(1, 2)
add(5, b=6)
print(add.__name__, add.__doc__, add.__wrapped__(3, 4))

def bold(fn):
    return lambda: "<b>" + fn() + "</b>"
def italic(fn):
    return lambda: "<i>" + fn() + "</i>"
@bold
@italic
def text():
    return "hi"
print(text())

order = []
def mark(name):
    order.append("factory " + name)
    def deco(fn):
        order.append("apply " + name)
        return fn
    return deco
@mark("outer")
@mark("inner")
def f():
    pass
print(order)

registry = {}
def register(fn):
    registry[fn.__name__] = fn
    return fn
@register
def alpha():
    return "A"
@register
def beta():
    return "B"
print(sorted(registry), registry["beta"]())

def count_calls(fn):
    def w(*a):
        w.calls += 1
        return fn(*a)
    w.calls = 0
    return w
@count_calls
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(10), fib.calls)
def replace(fn):
    return 42
@replace
def gone():
    pass
print(gone)
