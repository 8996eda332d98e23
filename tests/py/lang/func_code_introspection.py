# Code objects and closure cells: __code__ attributes, __closure__, cell_contents
def f(a, b=2, *args, c, d=4, **kw):
    x = a + b
    return x

code = f.__code__
print(type(code).__name__, code.co_name, code.co_qualname if hasattr(code, "co_qualname") else "f")
print(code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount)
print(code.co_varnames)
print(code.co_flags & 0x04 != 0, code.co_flags & 0x08 != 0)

def po(a, b, /, c, *, d):
    return a
print(po.__code__.co_argcount, po.__code__.co_posonlyargcount, po.__code__.co_kwonlyargcount)

def gen():
    yield
print(gen.__code__.co_flags & 0x20 != 0, f.__code__.co_flags & 0x20 != 0)

def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
print(make_adder.__code__.co_cellvars, add5.__code__.co_freevars)
print(add5.__closure__ is not None, len(add5.__closure__), add5.__closure__[0].cell_contents)
print(f.__closure__, make_adder.__closure__)

def two_cells():
    a = 1
    b = "two"
    def uses():
        return a, b
    return uses
fn = two_cells()
print(sorted(fn.__code__.co_freevars), [c.cell_contents for c in fn.__closure__])

def shared_cell():
    v = 0
    def inc():
        nonlocal v
        v += 1
        return v
    def get():
        return v
    return inc, get
inc, get = shared_cell()
inc(); inc()
print(get(), get.__closure__[0].cell_contents, inc.__closure__[0].cell_contents)
print(type(get.__closure__[0]).__name__)

def lam_code():
    return lambda q: q
print(lam_code().__code__.co_name, lam_code().__code__.co_argcount)
print(f.__code__.co_nlocals >= 7, isinstance(code.co_consts, tuple))
def nested_free():
    outer_v = "outer"
    def middle():
        def inner():
            return outer_v
        return inner
    return middle
m = nested_free()
print(m.__code__.co_freevars, m().__code__.co_freevars, m()())
