# Classes: __init_subclass__, __set_name__, class decorators, __class_getitem__, properties with
# setters/deleters, __getattr__ vs __getattribute__, __slots__ inheritance, classmethod chains,
# metaclass __call__ and __prepare__, super() in various forms, __mro__, dynamic type().
class Registry:
    subclasses = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Registry.subclasses.append(cls.__name__)
class A(Registry, tag='a'): pass
class B(A): pass
print(Registry.subclasses, A.tag, B.tag)
class Field:
    def __set_name__(self, owner, name): self.name = '_' + name
    def __get__(self, obj, objtype=None): return self if obj is None else getattr(obj, self.name, 'unset')
    def __set__(self, obj, v): setattr(obj, self.name, v * 2)
class M:
    f = Field()
m = M(); print(m.f, end=' '); m.f = 4; print(m.f, M.f.name)
class Temp:
    def __init__(self): self._c = 0
    @property
    def c(self): return self._c
    @c.setter
    def c(self, v):
        if v < -273: raise ValueError('too cold')
        self._c = v
    @c.deleter
    def c(self): print('deleting'); self._c = None
t = Temp(); t.c = 5; print(t.c, end=' ')
try: t.c = -300
except ValueError as e: print(e)
del t.c; print(t.c)
class Dyn:
    def __getattr__(self, n): return 'dyn_' + n
    real = 1
print(Dyn().real, Dyn().other)
class Logged:
    def __getattribute__(self, n):
        if n.startswith('secret'): raise AttributeError(n)
        return object.__getattribute__(self, n)
    def __getattr__(self, n): return 'fallback ' + n
    ok = 'ok'
print(Logged().ok, Logged().secret_x)
class S1:
    __slots__ = ('a',)
class S2(S1):
    __slots__ = ('b',)
s = S2(); s.a, s.b = 1, 2; print(s.a, s.b, hasattr(s, '__dict__'))
try: s.c = 3
except AttributeError as e: print(e)
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases): print('prepare', name); return {'injected': 42}
    def __call__(cls, *a):
        print('meta call', a); return super().__call__(*a)
class WithMeta(metaclass=Meta):
    def __init__(self, v): self.v = v
w = WithMeta(7); print(w.v, w.injected, type(WithMeta).__name__)
class G:
    def __class_getitem__(cls, item): return f'G[{item.__name__}]'
print(G[int])
class Base:
    def hello(self): return 'base'
    @classmethod
    def make(cls): return cls()
class Child(Base):
    def hello(self): return 'child>' + super().hello()
class Grand(Child):
    def hello(self): return 'grand>' + super(Child, self).hello()
print(Child().hello(), Grand().hello(), type(Grand.make()).__name__, [c.__name__ for c in Grand.__mro__])
D = type('D', (Base,), {'x': 1, 'hello': lambda self: 'dyn'}); print(D().hello(), D.x, D.__bases__)
def add_repr(cls):
    cls.__repr__ = lambda self: f'<{cls.__name__}>'
    return cls
@add_repr
class R: pass
print(R(), [R()])
class X: pass
class Y: pass
try:
    class Z(X, Y, X): pass
except TypeError as e: print(e)
class P1: pass
class P2(P1): pass
try:
    class Bad(P1, P2): pass
except TypeError as e: print(e)
print(X.__qualname__, Grand.hello.__qualname__, Temp.c.fget.__name__, isinstance(Temp.c, property))
