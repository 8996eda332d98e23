# functools: singledispatchmethod (plain, classmethod, staticmethod, annotations, ABC dispatch), cached_property (caching, override, delete, __set_name__ errors, slots), partialmethod, lru_cache on methods with cache_info/cache_parameters.
import collections.abc
import functools


def attempt(label, fn):
    try:
        print(label, "ok", fn())
    except (TypeError, AttributeError, RuntimeError) as e:
        print(label, type(e).__name__, e)


class Formatter:
    @functools.singledispatchmethod
    def fmt(self, arg):
        return "object:%r" % (arg,)

    @fmt.register
    def _(self, arg: int):
        return "int:%d" % arg

    @fmt.register(float)
    def _(self, arg):
        return "float:%.2f" % arg

    @fmt.register
    def _(self, arg: collections.abc.Sequence):
        return "seq:" + ",".join(self.fmt(x) for x in arg)

    @functools.singledispatchmethod
    @classmethod
    def kind(cls, arg):
        return "%s any" % cls.__name__

    @kind.register
    @classmethod
    def _(cls, arg: str):
        return "%s str %s" % (cls.__name__, arg)

    @functools.singledispatchmethod
    @staticmethod
    def static(arg):
        return "static any"

    @static.register
    @staticmethod
    def _(arg: bytes):
        return "static bytes %d" % len(arg)


f = Formatter()
print(f.fmt(3), f.fmt(2.5), f.fmt(True), f.fmt([1, 2.0]), f.fmt((3, 4.5)), f.fmt(None), f.fmt({1}))
print(Formatter.kind("s"), Formatter.kind(1), f.kind("i"), Formatter.static(b"abc"), f.static(1))
print(f.fmt.__name__ if hasattr(f.fmt, "__name__") else "?", Formatter.fmt.register is not None)


class Data:
    computed = 0

    def __init__(self, values):
        self.values = values

    @functools.cached_property
    def total(self):
        Data.computed += 1
        return sum(self.values)


d = Data([1, 2, 3])
print(d.total, d.total, Data.computed, "total" in vars(d))
d.values.append(4)
print(d.total)
del d.total
print(d.total, Data.computed)
d.total = 100
print(d.total, Data.computed)
print(type(Data.total).__name__, Data.total.attrname, Data.total.__doc__)


class Slotted:
    __slots__ = ("x",)

    @functools.cached_property
    def prop(self):
        return 1


attempt("slots", lambda: Slotted().prop)


def reuse_name():
    cp = functools.cached_property(lambda self: 1)

    class A:
        a = cp
        b = cp


attempt("two names", reuse_name)
attempt("no set_name", lambda: functools.cached_property(lambda self: 1).__get__(object(), object))


class Cell:
    def __init__(self):
        self._state = None

    def set_state(self, state, note=""):
        self._state = (state, note)
        return self._state

    set_alive = functools.partialmethod(set_state, True)
    set_dead = functools.partialmethod(set_state, False, note="dead")


c = Cell()
print(c.set_alive(), c.set_dead(), c.set_alive(note="hi"))
print(repr(Cell.__dict__["set_alive"]).startswith("functools.partialmethod("), Cell.set_dead.__name__ if hasattr(Cell.set_dead, "__name__") else "partial")


class Fib:
    def __init__(self):
        self.calls = 0

    @functools.lru_cache(maxsize=4)
    def fib(self, n):
        self.calls += 1
        return n if n < 2 else self.fib(n - 1) + self.fib(n - 2)


fb = Fib()
print(fb.fib(10), fb.calls, Fib.fib.cache_info(), Fib.fib.cache_parameters())
Fib.fib.cache_clear()
print(Fib.fib.cache_info())


@functools.lru_cache(maxsize=None, typed=True)
def ident(x):
    return type(x).__name__


print(ident(1), ident(1.0), ident(1), ident(True), ident.cache_info(), ident.cache_parameters())


@functools.lru_cache(maxsize=0)
def nocache(x):
    return x


nocache(1)
nocache(1)
print(nocache.cache_info(), nocache.__wrapped__(5), nocache.__name__)
attempt("unhashable arg", lambda: ident([1]))
attempt("bad maxsize", lambda: functools.lru_cache(maxsize="big"))
