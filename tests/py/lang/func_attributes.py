# Function object attributes
def f(a, b=2, *args, c, d=4, **kw):
    "docstring of f"
    x = a + b
    return x

print(f.__name__, f.__qualname__, f.__doc__, f.__module__)
print(f.__defaults__, f.__kwdefaults__)
def g():
    pass
print(g.__doc__, g.__defaults__, g.__kwdefaults__, g(), g.__dict__)
g.custom = 1
print(g.__dict__, g.custom)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__, outer().__name__)
class C:
    def m(self):
        "method doc"
    @staticmethod
    def s():
        pass
print(C.m.__qualname__, C.s.__qualname__, C.m.__doc__, C().m.__doc__)
lam = lambda: None
print(lam.__name__, lam.__qualname__)
def renamed():
    pass
renamed.__name__ = "new_name"
renamed.__doc__ = "new doc"
print(renamed.__name__, renamed.__doc__, renamed.__qualname__)
f.__defaults__ = (100,)
print(f(1, c=0))
f.__kwdefaults__ = {"c": 7, "d": 40}
print(f(1))
def anno(x: int, y: "str" = "s") -> bool:
    return True
print(anno.__annotations__)
print(callable(f), type(f).__name__)
def counter():
    counter.calls = getattr(counter, "calls", 0) + 1
    return counter.calls
print(counter(), counter(), counter())
