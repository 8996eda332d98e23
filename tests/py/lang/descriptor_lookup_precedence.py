# Attribute lookup precedence: data vs non-data descriptors, __getattribute__/__getattr__, slots, classmethod-wrapped descriptors.
log = []
class Data:
    def __init__(self, n): self.n = n
    def __get__(self, obj, typ=None):
        log.append(("get", self.n, obj is None, typ.__name__ if typ else None))
        return f"data-{self.n}"
    def __set__(self, obj, v): log.append(("set", self.n, v)); obj.__dict__["_" + self.n] = v
    def __delete__(self, obj): log.append(("delete", self.n))
class NonData:
    def __init__(self, n): self.n = n
    def __get__(self, obj, typ=None): return f"nondata-{self.n}"
class SetOnly:
    def __set__(self, obj, v): obj.__dict__["so"] = ("via set", v)
class A:
    d = Data("d"); nd = NonData("nd"); so = SetOnly()
a = A()
a.__dict__.update(d="inst-d", nd="inst-nd")
print(a.d, a.nd, A.d, A.nd)
a.d = 5; del a.d; a.so = 1
print(a.__dict__.get("_d"), a.so, A.so.__class__.__name__)
print(log); log.clear()
# __getattribute__ and __getattr__ interplay
class G:
    cls_attr = "C"
    def __init__(self): self.inst = "I"
    def __getattribute__(self, name):
        log.append(("ga", name))
        if name == "boom": raise AttributeError("boom from getattribute")
        if name == "kaboom": raise KeyError("not attribute error")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        log.append(("fallback", name))
        if name.startswith("dyn_"): return name[4:]
        raise AttributeError(f"no {name}")
g = G()
print(g.inst, g.cls_attr, g.dyn_xyz, getattr(g, "boom", "boom-default"))
try:
    g.kaboom
except KeyError as e:
    print("KeyError", e)
try:
    g.missing
except AttributeError as e:
    print("AttributeError", e)
print(getattr(g, "missing", "dflt"), hasattr(g, "boom"), log); log.clear()
# property raising AttributeError triggers __getattr__
class PA:
    @property
    def p(self): raise AttributeError("inner prop error")
    def __getattr__(self, n): return f"getattr({n})"
print(PA().p)
# slots descriptors
class S:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1
s = S()
print(type(S.a).__name__, S.a.__name__, S.a.__get__(s), s.a)
try:
    s.b
except AttributeError as e:
    print("AttributeError", e)
try:
    s.c = 1
except AttributeError as e:
    print("AttributeError", e)
S.a.__set__(s, 9); print(s.a); S.b.__set__(s, 3); del s.b
try:
    S.a.__get__(5)
except TypeError as e:
    print("TypeError", e)
# class attribute shadowing slot is an error
try:
    class Bad:
        __slots__ = ("x",)
        x = 5
except ValueError as e:
    print("ValueError", e)
# classmethod wrapping a property-like descriptor (3.11 chains __get__)
class Meta(type):
    pass
class CM:
    @classmethod
    @property
    def cprop(cls): return "class property of " + cls.__name__
class CM2(CM): pass
print(CM.cprop, CM2.cprop, CM().cprop)
# staticmethod callable directly in 3.10+
class SM:
    @staticmethod
    def f(x): return x * 2
    g = f
    h = [f]
print(SM.f(2), SM.g(3), SM.h[0](4), SM.__dict__["f"].__wrapped__(5), callable(SM.__dict__["f"]))
# function descriptor binding
def plain(self, y=0): return (type(self).__name__, y)
bound = plain.__get__(a, A)
print(bound(7), bound.__self__ is a, bound.__func__ is plain, plain.__get__(None, A) is plain)
import types
m = types.MethodType(plain, "str-self"); print(m(1))
# property copies, doc, and errors
class Pr:
    def _g(self): return self._v
    def _s(self, v): self._v = v * 2
    x = property(_g, _s, None, "doc of x")
    y = property(_g)
    z = property()
p = Pr(); p.x = 4
print(p.x, Pr.x.__doc__, Pr.y.fset, Pr.x.getter(lambda s: "new").__get__(p))
for op in (lambda: setattr(p, "y", 1), lambda: p.z, lambda: delattr(p, "x"), lambda: setattr(p, "z", 1)):
    try:
        op()
    except AttributeError as e:
        print("AttributeError", e)
# __set_name__ via descriptor assigned with type() constructor
class Named:
    def __set_name__(self, owner, name): self.where = (owner.__name__, name)
nm = Named()
T = type("T", (), {"field": nm}); print(nm.where)
# instance __dict__ replacement and __class__ assignment
class U: pass
class V:
    def hello(self): return "V.hello " + self.tag
u = U(); u.__dict__ = {"tag": "T1"}; u.__class__ = V; print(u.hello(), type(u).__name__)
try:
    u.__dict__ = 5
except TypeError as e:
    print("TypeError", e)
# descriptor on metaclass vs class __dict__ entry with same name
class MD(type):
    @property
    def info(cls): return "meta-info"
class WithInfo(metaclass=MD):
    info = "class-info"
print(WithInfo.info, WithInfo().info, type(WithInfo).info.__get__(WithInfo))
