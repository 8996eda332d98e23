# __slots__: instances of slots-only classes accept no other attribute and have no __dict__; mangled private slots; class-variable conflicts
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.x, p.y)
p.x = 10
print(p.x)
for attr in ["z", "__dict__"]:
    try:
        setattr(p, attr, 3) if attr == "z" else getattr(p, attr)
    except AttributeError as e:
        print("AttributeError", e)
try:
    print(vars(p))
except TypeError as e:
    print("TypeError", e)
class Q(P):
    __slots__ = ("z",)
q = Q(1, 2); q.z = 3; print(q.x, q.y, q.z)
try:
    q.w = 1
except AttributeError as e:
    print("AttributeError", e)
class R(P):
    pass
r = R(1, 2); r.w = 5; print(r.w, r.__dict__["w"])
class S:
    __slots__ = "only"
s = S(); s.only = 1; print(s.only)
try:
    s.other = 2
except AttributeError as e:
    print("AttributeError", e)
class T:
    __slots__ = ("a", "__dict__")
t = T(); t.a = 1; t.b = 2; print(t.a, t.b, t.__dict__["b"])
class Priv:
    __slots__ = ("__hidden",)
    def set(self, v): self.__hidden = v
    def get(self): return self.__hidden
pv = Priv(); pv.set(7); print(pv.get(), pv._Priv__hidden)
try:
    class C:
        __slots__ = ("x",)
        x = 1
except ValueError as e:
    print("ValueError", e)
try:
    class D:
        __slots__ = (1,)
except TypeError as e:
    print("TypeError", e)
class E:
    __slots__ = ()
try:
    E().anything = 1
except AttributeError as e:
    print("AttributeError", e)
class F(Exception):
    __slots__ = ()
f = F(); f.note = 1; print(f.note)
class G:
    __slots__ = ["a", "b"]
g = G(); g.a = 1
try:
    g.c = 3
except AttributeError as e:
    print("AttributeError", e)
try:
    print(g.b)
except AttributeError as e:
    print("AttributeError", e)
