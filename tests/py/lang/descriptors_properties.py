# Descriptor protocol: data vs non-data precedence against instance dicts, __get__ with None
# instance, staticmethod/classmethod wrapping callables, property inheritance and override,
# __set_name__ ordering, functions as descriptors (bound methods identity/equality).
class NonData:
    def __get__(self, obj, owner): return 'nondata'
class Data:
    def __get__(self, obj, owner): return 'data' if obj is not None else 'class access'
    def __set__(self, obj, v): print('Data.__set__', v)
class C:
    nd = NonData()
    d = Data()
c = C()
c.__dict__['nd'] = 'instance wins'; c.__dict__['d'] = 'instance loses'
print(c.nd, c.d, C.d, C.nd)
c.d = 5; print(c.__dict__['d'])
class Named:
    def __set_name__(self, owner, name): print('set_name', owner.__name__, name); self.name = name
class Owner:
    first = Named()
    second = Named()
class P:
    @property
    def v(self): return 'P.v'
class Q(P):
    @property
    def v(self): return 'Q.v+' + super().v
print(Q().v, P.v.__get__(Q()), type(P.__dict__['v']).__name__)
try: Q().v = 1
except AttributeError as e: print(e)
class M:
    def method(self): return self
    @staticmethod
    def s(x): return x * 2
    @classmethod
    def k(cls): return cls.__name__
m = M()
print(m.method == m.method, m.method is m.method, M.method(m) is m, M.s(2), m.s(3), M.k(), m.k(), type(M.__dict__['s']).__name__)
print(M.__dict__['s'].__func__(4), M.__dict__['k'].__func__(int), callable(M.__dict__['s']))
f = M.method.__get__(m, M); print(f() is m, f.__self__ is m, M.method.__get__(None, M) is M.method)
class Lazy:
    def __init__(self, fn): self.fn = fn
    def __get__(self, obj, owner):
        if obj is None: return self
        v = self.fn(obj); setattr(obj, self.fn.__name__, v); return v
class User:
    calls = 0
    @Lazy
    def profile(self):
        User.calls += 1; return {'id': 1}
u = User(); print(u.profile, u.profile, User.calls, 'profile' in vars(u), isinstance(User.profile, Lazy))
class Slots:
    __slots__ = ('a',)
print(type(Slots.a).__name__, Slots.a.__get__(None, Slots) is Slots.a)
s = Slots()
try: s.a
except AttributeError as e: print(e)
