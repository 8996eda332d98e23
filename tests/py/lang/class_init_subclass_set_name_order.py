# __init_subclass__ with kwargs, __set_name__ call order, __class_getitem__, __mro_entries__, errors in hooks.
log = []
class Field:
    def __init__(self, tag): self.tag = tag
    def __set_name__(self, owner, name):
        log.append(("set_name", self.tag, owner.__name__, name))
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return obj.__dict__.get(self.name, "unset-" + self.tag)
class Base:
    registry = []
    def __init_subclass__(cls, /, prefix="", flag=False, **kw):
        log.append(("init_subclass", cls.__name__, prefix, flag, sorted(kw)))
        super().__init_subclass__(**kw)
        cls.prefix = prefix
        Base.registry.append(cls.__name__)
class A(Base, prefix="a_", flag=True):
    z = Field("z"); a = Field("a"); m = Field("m")
class B(A):
    y = Field("y")
for entry in log: print(entry)
print(A.prefix, B.prefix, Base.registry, A().z, B().y)
try:
    class Bad(Base, unknown=1):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    class Bad2(unknown=1):
        pass
except TypeError as e:
    print("TypeError", e)
class Boom:
    def __set_name__(self, owner, name):
        raise ValueError("boom in " + name)
try:
    class H:
        x = Boom()
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__ if e.__cause__ else None, [n for n in getattr(e, "__notes__", [])])
# set_name not called for descriptors added later
f = Field("late"); A.late = f; print(hasattr(f, "name"))
# __set_name__ on the same object under two names
shared = Field("shared")
class Two:
    first = shared
    second = shared
print(shared.name, [e for e in log if e[1] == "shared"])
# __class_getitem__
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
class SubBox(Box): pass
print(Box[int], SubBox[1, 2], Box["x"])
try:
    Box()[0]
except TypeError as e:
    print("TypeError", e)
print(list[int], dict[str, list[int]], tuple[int, ...], type(list[int]).__name__, list[int].__origin__, list[int].__args__)
print(list[int]([1, 2]), isinstance([], list), type[int])
# __mro_entries__
class Fake:
    def __init__(self, real): self.real = real
    def __mro_entries__(self, bases):
        log.append(("mro_entries", [getattr(b, "__name__", type(b).__name__) for b in bases]))
        return (self.real,)
fk = Fake(Base)
class C(fk, prefix="c_"):
    pass
print(C.__mro__[1].__name__, C.__orig_bases__[0] is fk, C.__bases__, C.prefix, log[-1])
class EmptyEntries:
    def __mro_entries__(self, bases): return ()
class D(EmptyEntries()):
    pass
print(D.__bases__, hasattr(D, "__orig_bases__"))
import types
print(types.resolve_bases((fk, int)), types.new_class("N", (fk,), {"prefix": "n_"}).prefix)
class BadEntries:
    def __mro_entries__(self, bases): return [int]
try:
    class E(BadEntries()): pass
except TypeError as e:
    print("TypeError", e)
try:
    class G(5): pass
except TypeError as e:
    print("TypeError", e)
# init_subclass as implicit classmethod
class Counter:
    count = 0
    def __init_subclass__(cls):
        Counter.count += 1
        cls.serial = Counter.count
class K1(Counter): pass
class K2(Counter): pass
class K3(K1): pass
print(K1.serial, K2.serial, K3.serial, Counter.count, type(Counter.__dict__["__init_subclass__"]).__name__)
