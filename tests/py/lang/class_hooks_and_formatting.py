# super() in lambdas/comprehensions/__class__ cell, __set_name__ and __init_subclass__ order,
# cached_property with __slots__, dataclass __post_init__ chains, __round__/__trunc__, format(), print().
class A:
    def greet(self): return 'A'
class B(A):
    def greet(self):
        f = lambda: super(B, self).greet()
        g = [super().greet() for _ in range(1)]
        def inner(): return __class__.__name__
        return f() + g[0] + inner() + __class__.__name__
print(B().greet())
class Named:
    def __set_name__(self, owner, name): print('set_name', owner.__name__, name); self.name = name
class Order:
    b = Named(); a = Named()
    def __init_subclass__(cls, **kw): print('init_subclass', cls.__name__, kw)
class Sub(Order, flag=1):
    c = Named()
import functools, dataclasses
class Slots:
    __slots__ = ('x',)
    @functools.cached_property
    def val(self): return 1
try: Slots().val
except TypeError as e: print('TypeError', e)
@dataclasses.dataclass
class P:
    x: int
    def __post_init__(self): self.double = self.x * 2
@dataclasses.dataclass
class Q(P):
    y: int = 0
    def __post_init__(self):
        super().__post_init__(); self.total = self.double + self.y
q = Q(3, 4); print(q, q.double, q.total)
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234, -2), round(1250, -2), round(1350, -2), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
class R:
    def __round__(self, n=None): return ('round', n)
    def __trunc__(self): return 7
    def __floor__(self): return 'fl'
    def __ceil__(self): return 'ce'
import math
print(round(R()), round(R(), 2), math.trunc(R()), math.floor(R()), math.ceil(R()))
print(format(3.14159, '.2f'), format(42, 'b'), format('x', '^5'), format(True, 'd'), format(None, ''), format([1], ''), format(1e100, 'e'))
try: format([1], 'x')
except TypeError as e: print('TypeError', e)
try: format(object(), 's')
except TypeError as e: print('TypeError', e)
import io
buf = io.StringIO(); print('a', 'b', sep='-', end='!\n', file=buf); print(1, 2, file=buf, flush=True); print(file=buf); print(repr(buf.getvalue()))
print(*[1, 2, 3], sep=', '); print('no newline', end=''); print(); print(*'abc')
try: print('x', sep=5)
except TypeError as e: print('TypeError', e)
class Cls:
    x = 1
    def __class_getitem__(cls, item): return (cls.__name__, item)
print(Cls[int], Cls['a', 'b'])
print(type.__name__, type(type).__name__, int.__mro__, bool.__bases__, object.__bases__, type.__bases__, issubclass(type, object), isinstance(object, type))
print(int.__name__, int.__qualname__, int.__module__, A.__module__, A.__qualname__, B.greet.__qualname__, len.__module__, len.__qualname__, str.upper.__qualname__, str.upper.__name__)
