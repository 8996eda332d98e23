# __slots__: inheritance with and without __dict__, __weakref__, slot defaults via class attrs
# conflict, member descriptors, __slots__ with properties, dir() and vars() behaviour.
class P:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
class P3(P):
    __slots__ = ('z',)
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
class Loose(P):
    pass
p = P3(1, 2, 3)
print(p.x, p.y, p.z, hasattr(p, '__dict__'), P3.__slots__, type(P.x).__name__, P.x.__name__)
try:
    p.w = 4
except AttributeError as e:
    print('AttributeError', e)
l = Loose(1, 2); l.extra = 'ok'
print(l.extra, 'extra' in vars(l), hasattr(l, '__dict__'))
e = P.__new__(P)
try:
    e.x
except AttributeError as ex:
    print('AttributeError', ex)
e.x = 5; del e.x
try:
    del e.x
except AttributeError as ex:
    print('AttributeError', ex)
try:
    class Conflict:
        __slots__ = ('a',)
        a = 1
except ValueError as ex:
    print('ValueError', ex)
class WithDict:
    __slots__ = ('a', '__dict__')
w = WithDict(); w.a = 1; w.b = 2
print(w.a, w.b, vars(w)['b'])
class Priv:
    __slots__ = ('__secret', 'pub')
    def __init__(self):
        self.__secret = 's'
        self.pub = 'p'
    def reveal(self):
        return self.__secret
pr = Priv()
print(pr.reveal(), pr._Priv__secret, sorted(k for k in dir(pr) if not k.startswith('__')))
class Prop:
    __slots__ = ('_v',)
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, val):
        self._v = val * 2
q = Prop(); q.v = 5; print(q.v)
print(P.x.__get__(p), end=' '); P.y.__set__(p, 20); print(p.y)
class StrSlots:
    __slots__ = 'only'
s = StrSlots(); s.only = 1; print(s.only, StrSlots.__slots__)
try:
    class BadSlots:
        __slots__ = (1,)
except TypeError as ex:
    print('TypeError', ex)
class Empty:
    __slots__ = ()
try:
    Empty().a = 1
except AttributeError as ex:
    print('AttributeError', ex)
import sys
print(sorted(n for n in ('x', 'y', 'z') if n in dir(p)))
