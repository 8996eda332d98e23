# super() in classmethods/staticmethods/properties/setters, cooperative chains, two-arg super, errors.
class A:
    @classmethod
    def create(cls, *a): return ("A.create", cls.__name__, a)
    @property
    def value(self): return ["A"]
    @value.setter
    def value(self, v): self._v = ("A-set", v)
    def who(self): return "A"
    @staticmethod
    def stat(): return "A.stat"
    def __repr__(self): return type(self).__name__ + "()"
class B(A):
    @classmethod
    def create(cls, *a): return ("B", super().create(*a))
    @property
    def value(self): return super().value + ["B"]
    @value.setter
    def value(self, v):
        super(B, type(self)).value.__set__(self, ("via-B", v))
    def who(self): return "B>" + super().who()
    @staticmethod
    def stat(): return "B.stat+" + super(B, B).stat()
class C(B):
    @classmethod
    def create(cls, *a): return ("C", super().create(*a))
    @property
    def value(self): return super().value + ["C"]
    def who(self): return "C>" + super().who()
print(C.create(1, 2)); print(C().create()); print(B.create())
c = C(); print(c.value, c.who(), C.stat())
try:
    c.value = 5
except AttributeError as e:
    print("AttributeError", e)
b = B(); b.value = 7; print(b._v)
print(super(C, c).value, super(B, c).value, super(C, c).who(), super(B, c).__repr__())
s = super(C, c)
print(type(s).__name__, s.__self__ is c, s.__thisclass__.__name__, s.__self_class__.__name__)
print(super(C, C).create(9), super(B, C).create())
# super in property via fget attribute access
print(A.value.fget(c), B.value.fget(c), type(A.__dict__["create"]).__name__)
# cooperative __init__ diamond with kwargs
order = []
class Root:
    def __init__(self, **kw):
        order.append(("Root", sorted(kw)))
class L(Root):
    def __init__(self, left=0, **kw):
        order.append(("L", left)); super().__init__(**kw)
class R(Root):
    def __init__(self, right=0, **kw):
        order.append(("R", right)); super().__init__(**kw)
class Bottom(L, R):
    def __init__(self, **kw):
        order.append("Bottom"); super().__init__(**kw)
Bottom(left=1, right=2)
print(order, [k.__name__ for k in Bottom.__mro__])
# super() errors
def free(): return super().x
try:
    free()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    super(C, 5)
except TypeError as e:
    print("TypeError", e)
try:
    super(int, "s")
except TypeError as e:
    print("TypeError", e)
class NoArgs:
    def m(self):
        del self
        return super().m()
try:
    NoArgs().m()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    super(C, c).missing
except AttributeError as e:
    print("AttributeError", e)
# super with __class__ cell in nested function / lambda / comprehension
class N(A):
    def who(self):
        inner = lambda: super(N, self).who()
        return [inner() for _ in range(2)] + [__class__.__name__]
print(N().who())
# super() in __init_subclass__ and __class_getitem__
class P:
    seen = []
    def __init_subclass__(cls, **kw):
        P.seen.append(cls.__name__); super().__init_subclass__(**kw)
class Q(P):
    def __init_subclass__(cls, **kw):
        P.seen.append("Q-hook:" + cls.__name__); super().__init_subclass__(**kw)
class Q2(Q): pass
print(P.seen)
# super() with property deleter and __set_name__
class PD:
    @property
    def x(self): return 1
    @x.deleter
    def x(self): print("PD deleter")
class PD2(PD):
    @PD.x.deleter
    def x(self): print("PD2 deleter"); super(PD2, type(self)).x.__delete__(self)
del PD2().x
print(PD2.x.fget is PD.x.fget, PD2().x)
# super getattr of data descriptor through instance goes to class attr not instance dict
class G:
    attr = "class-G"
class H(G):
    def __init__(self): self.attr = "inst"
    def get(self): return super().attr, self.attr
print(H().get())
