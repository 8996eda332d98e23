# Metaclasses: __prepare__ namespaces, __call__ overrides, descriptors and properties on metaclasses, kwargs.
log = []
class OrderedNS(dict):
    def __init__(self): super().__init__(); self.order = []
    def __setitem__(self, k, v):
        if not k.startswith("__"): self.order.append(k)
        if k in self and not k.startswith("__"): log.append(("redefined", k))
        super().__setitem__(k, v)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        log.append(("prepare", mcls.__name__, name, sorted(kw)))
        return OrderedNS()
    def __new__(mcls, name, bases, ns, **kw):
        log.append(("new", name, type(ns).__name__, ns.order))
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = ns.order
        cls.kw = kw
        return cls
    def __init__(cls, name, bases, ns, **kw):
        log.append(("init", name))
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        log.append(("call", cls.__name__, a, k))
        if k.pop("singleton", False):
            if "_inst" not in cls.__dict__:
                cls._inst = super().__call__(*a, **k)
            return cls._inst
        return super().__call__(*a, **k)
    @property
    def describe(cls): return f"<{cls.__name__} fields={cls.order}>"
    def helper(cls): return "meta helper for " + cls.__name__
    size = 10
class Model(metaclass=Meta, table="t1"):
    b = 1
    a = 2
    def method(self): return "method"
    b = 3
class Sub(Model, extra=True):
    c = 4
for e in log: print(e)
log.clear()
print(Model.describe, Sub.describe, Model.kw, Sub.kw, Model.b)
print(Model.helper(), Sub.size, hasattr(Model(), "helper"), hasattr(Model(), "describe"))
m1 = Model(singleton=True); m2 = Model(singleton=True); m3 = Model()
print(m1 is m2, m1 is m3, log)
try:
    Model().describe
except AttributeError as e:
    print("AttributeError", e)
# metaclass data descriptor vs class attribute
class Desc:
    def __get__(self, obj, typ=None): return ("desc", getattr(obj, "__name__", obj))
    def __set__(self, obj, val): log.append(("set", obj.__name__, val))
class M2(type):
    attr = Desc()
    nondata = "meta-nondata"
class X(metaclass=M2):
    attr = "class-attr"
    nondata = "class-nondata"
print(X.attr, X.nondata, X().attr, X().nondata)
X.attr = 99
print(log[-1], X.__dict__["attr"])
# __call__ returning something else skips __init__
class M3(type):
    def __call__(cls, *a):
        if a and a[0] == "raw":
            return "not an instance"
        return super().__call__(*a)
class Y(metaclass=M3):
    def __init__(self, *a): self.a = a
print(Y("raw"), Y(1, 2).a)
# __new__ returning other type skips __init__
class Z:
    def __new__(cls, v):
        if v < 0: return v
        return super().__new__(cls)
    def __init__(self, v): self.v = v
print(Z(-5), Z(3).v)
# metaclass conflict and derivation
class MA(type): pass
class MB(type): pass
class PA(metaclass=MA): pass
class PB(metaclass=MB): pass
try:
    class PC(PA, PB): pass
except TypeError as e:
    print("TypeError", e)
class MC(MA, MB): pass
class PD(PA, PB, metaclass=MC): pass
print(type(PD).__name__)
class MD(MA): pass
class PE(PA, metaclass=type): pass
print(type(PE).__name__)
# type() three-arg with metaclass calc
Dyn = type("Dyn", (PA,), {"q": 1})
print(type(Dyn).__name__, Dyn.q)
# __prepare__ returning non-mapping
class BadPrep(type):
    @classmethod
    def __prepare__(m, n, b): return 42
try:
    class W(metaclass=BadPrep): pass
except TypeError as e:
    print("TypeError", e)
# __instancecheck__/__subclasscheck__ on metaclass
class Duck(type):
    def __instancecheck__(cls, inst): return hasattr(inst, "quack")
    def __subclasscheck__(cls, sub): return hasattr(sub, "quack")
class Quacker(metaclass=Duck): pass
class D1:
    def quack(self): pass
print(isinstance(D1(), Quacker), isinstance(1, Quacker), issubclass(D1, Quacker), issubclass(int, Quacker))
# class-level __getattr__ via metaclass
class Lazy(type):
    def __getattr__(cls, name): return f"{cls.__name__}.{name}?"
    def __len__(cls): return 7
    def __iter__(cls): return iter("ab")
    def __getitem__(cls, k): return k * 2
class L(metaclass=Lazy): real = 1
print(L.real, L.missing, len(L), list(L), L[21])
print(Meta.__prepare__("n", ()).__class__.__name__, type.__prepare__("n", ()), Meta.mro(Meta)[:2])
