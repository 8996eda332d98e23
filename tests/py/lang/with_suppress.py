# Context managers that suppress exceptions; exit return values
class Suppress:
    def __init__(self, *types):
        self.types = types
        self.caught = None
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            self.caught = ev
            print("suppressing", et.__name__, ev)
            return True
        return False

with Suppress(ZeroDivisionError) as s:
    print("before")
    1 / 0
    print("not reached")
print("continued, caught =", repr(s.caught))

try:
    with Suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("escaped:", e)

with Suppress(LookupError):
    [][0]
with Suppress(LookupError):
    {}["x"]

class Truthy:
    def __enter__(self):
        return None
    def __exit__(self, *a):
        return "non-empty string is truthy"
with Truthy():
    raise TypeError("silently swallowed")
print("after truthy exit")

class Falsy:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return 0
try:
    with Falsy():
        raise TypeError("propagates")
except TypeError as e:
    print("propagated:", e)

def func():
    with Suppress(ValueError):
        raise ValueError("in function")
    return "function continues"
print(func())

for i in range(3):
    with Suppress(ValueError):
        if i == 1:
            raise ValueError(i)
        print("iteration", i)

class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        raise RuntimeError("from exit")
try:
    with ExitRaises():
        raise KeyError("original")
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", repr(e.__context__))
with Suppress(Exception):
    with Suppress(KeyError):
        raise IndexError("inner not matching")
print("outer suppressed it")
