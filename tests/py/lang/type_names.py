# type(x).__name__ for many values and user classes
class Foo:
    pass
class Bar(Foo):
    pass
def fn():
    pass
def gen():
    yield 1
vals = [1, 1.5, True, None, "s", b"b", [1], (1,), {1: 2}, {1}, frozenset(), range(3),
        Foo(), Bar(), Foo, fn, gen(), lambda: 0, ValueError("x"), slice(1, 2), ...,
        NotImplemented, iter([]), iter(()), zip(), map(str, []),
        enumerate([]), reversed([]), bytearray(b"a"), 2 ** 100, object(), type, print]
for v in vals:
    print(type(v).__name__)
print(Foo.__name__, Bar.__name__, fn.__name__, (lambda: 0).__name__, gen.__name__)
print(type(Foo()).__name__ == "Foo", type(Bar()) is Bar)
print(int.__name__, str.__name__, type(int).__name__)
def outer():
    def inner():
        pass
    return inner
print(outer().__name__, outer().__qualname__)
class Outer:
    class Inner:
        def m(self):
            pass
print(Outer.Inner.m.__qualname__, Outer.Inner.m.__name__)
print(Bar.__bases__[0].__name__, Bar.__mro__[-1].__name__)
