class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["created_by"] = mcls.__name__
        cls = super().__new__(mcls, name, bases, ns)
        cls.extra = kw.get("extra", None)
        return cls
    def describe(cls):
        return f"{cls.__name__} via {cls.created_by}"
class Base(metaclass=Meta, extra=42):
    pass
class Child(Base):
    pass
print(Base.created_by, Base.extra, Child.describe(), type(Child).__name__, isinstance(Child, Meta))
class Registry:
    items = []
    def __init_subclass__(cls, tag="none", **kw):
        super().__init_subclass__(**kw)
        Registry.items.append((cls.__name__, tag))
class A(Registry, tag="a"): pass
class B(Registry): pass
print(Registry.items)
class Field:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.name, value * 10)
class Model:
    x = Field()
    y = Field()
m = Model(); m.x = 4
print(m.x, m.y, type(Model.x).__name__, m._x)
class Lazy:
    def __getattr__(self, name):
        return f"computed {name}"
lz = Lazy(); lz.real = 1
print(lz.real, lz.anything, getattr(lz, "other"))
class Guard:
    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise AttributeError(f"private {name}")
        super().__setattr__(name, value)
g = Guard(); g.ok = 1
try:
    g._no = 2
except AttributeError as e:
    print(e, g.ok)
class Num:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __eq__(self, o): return isinstance(o, Num) and self.v == o.v
    def __repr__(self): return f"Num({self.v})"
    def __iadd__(self, o): self.v += o; return self
    def __neg__(self): return Num(-self.v)
    def __index__(self): return self.v
    def __format__(self, spec): return format(self.v, spec) + "!"
n = Num(3); n += 4
print(sorted([Num(3), Num(1), Num(2)]), n, -n, [0, 1, 2, 3, 4, 5, 6, 7][n], f"{n:>5}", Num(1) == Num(1), Num(1) != Num(2))
print(max([Num(5), Num(9)]), min(Num(5), Num(2)), Num(1) > Num(0))
class Seq:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if i >= self.n: raise IndexError(i)
        return i * i
    def __contains__(self, x): return x == "magic"
s = Seq(4)
print(list(s), len(s), 9 in list(s), "magic" in s, 3 in s, list(reversed(s)))
class Ctx:
    def __init__(self, name): self.name = name
    def __enter__(self): print("enter", self.name); return self.name.upper()
    def __exit__(self, *exc): print("exit", self.name, exc[0] is not None); return False
with Ctx("a") as x, Ctx("b") as y:
    print(x, y)
try:
    with Ctx("c"):
        raise KeyError("inside")
except KeyError as e:
    print("propagated", e)
