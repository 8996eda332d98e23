# User classes behaving wrongly and rightly: __class__ assignment, __setattr__/__getattribute__
# hooks, MethodType, bad __init__/__bool__/__len__/__index__/__repr__ results, recursive reprs.
import types
class A:
    def who(self): return 'A'
class B:
    def who(self): return 'B'
a = A(); a.__class__ = B; print(a.who(), type(a).__name__, isinstance(a, B))
try: a.__class__ = int
except TypeError as e: print('TypeError', e)
class Tracked:
    def __init__(self): object.__setattr__(self, 'log', [])
    def __setattr__(self, k, v):
        self.log.append(('set', k)); super().__setattr__(k, v)
    def __delattr__(self, k):
        self.log.append(('del', k)); super().__delattr__(k)
    def __getattribute__(self, k):
        if k == 'secret': return 'intercepted'
        return object.__getattribute__(self, k)
t = Tracked(); t.x = 1; t.y = 2; del t.x; print(t.log, t.secret, t.y, hasattr(t, 'x'), vars(t))
class Dyn: pass
d = Dyn(); d.m = types.MethodType(lambda self, v: (type(self).__name__, v), d); print(d.m(5))
Dyn.cm = classmethod(lambda cls: cls.__name__); Dyn.sm = staticmethod(lambda: 'static'); print(d.cm(), Dyn.cm(), d.sm(), Dyn.sm())
class BadInit:
    def __init__(self): return 5
try: BadInit()
except TypeError as e: print('TypeError', e)
class Other:
    def __new__(cls): return 42
    def __init__(self): print('never')
print(Other())
class NoHash:
    def __eq__(self, o): return True
print(NoHash.__hash__, end=' ')
try: hash(NoHash())
except TypeError as e: print('TypeError', e)
class ExplicitNone:
    __hash__ = None
try: {ExplicitNone()}
except TypeError as e: print('TypeError', e)
class BadBool:
    def __bool__(self): return 1
try: bool(BadBool())
except TypeError as e: print('TypeError', e)
class BadLen:
    def __len__(self): return -1
try: len(BadLen())
except ValueError as e: print('ValueError', e)
class BigLen:
    def __len__(self): return 2**70
try: len(BigLen())
except OverflowError as e: print('OverflowError', e)
class BadIndex:
    def __index__(self): return 'x'
try: [1][BadIndex()]
except TypeError as e: print('TypeError', e)
class BadRepr:
    def __repr__(self): return 5
try: repr(BadRepr())
except TypeError as e: print('TypeError', e)
class BadStr:
    def __str__(self): return None
try: str(BadStr())
except TypeError as e: print('TypeError', e)
class BadIter:
    def __iter__(self): return 5
try: iter(BadIter())
except TypeError as e: print('TypeError', e)
class Rec:
    def __init__(self): self.me = self
    def __repr__(self): return f'Rec({self.me!r})' if False else 'Rec(...)'
l = [1]; l.append(l); d2 = {'k': 1}; d2['self'] = d2; print(l, d2, repr([[l]]))
class Call:
    def __call__(self, *a, **k): return a, k
c = Call(); print(c(1, x=2), callable(c), callable(Call), callable(5))
class WithSlotsAndDict:
    __slots__ = ('a', '__dict__')
w = WithSlotsAndDict(); w.a = 1; w.b = 2; print(w.a, w.b)
class Prop:
    @property
    def x(self): raise AttributeError('from property')
    def __getattr__(self, n): return f'fallback {n}'
print(Prop().x)
class GA:
    def __getattr__(self, n):
        if n.startswith('_'): raise AttributeError(n)
        return n.upper()
g = GA(); print(g.abc, getattr(g, 'zz'), hasattr(g, '_private'), getattr(g, '_p', 'dflt'))
print(type(A.who), type(a.who), A.who(a), A.__dict__['who'].__get__(a, A)(), a.who.__func__ is B.who)
class Meta(type):
    def __call__(cls, *a):
        inst = super().__call__(*a)
        inst.tagged = True
        return inst
class M(metaclass=Meta):
    def __init__(self, v): self.v = v
m = M(3); print(m.v, m.tagged)
print(object.__repr__(m).startswith('<__main__.M object at'), str(object()) [:8], format(m, '') [:10] == str(m)[:10])
class Ne:
    def __eq__(self, o): return 'eq-result'
print(Ne() == 1, Ne() != 1, 1 == Ne(), [Ne()] == [1] if False else 'skip')
