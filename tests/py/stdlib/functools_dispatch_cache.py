# functools: lru_cache stats/typed/clear, cache, singledispatch register variants,
# singledispatchmethod, total_ordering, cached_property, partial/partialmethod, reduce, wraps.
import functools
from functools import lru_cache, cache, singledispatch, singledispatchmethod, total_ordering, cached_property, partial, partialmethod, reduce, wraps, cmp_to_key

calls = []
@lru_cache(maxsize=3)
def sq(n):
    calls.append(n)
    return n * n
for n in [1, 2, 3, 1, 4, 2, 5, 1]:
    sq(n)
print(calls, sq.cache_info())
sq.cache_clear()
print(sq.cache_info(), sq(3), sq.cache_info().misses)

@lru_cache(typed=True)
def ident(x):
    calls.append(('t', x))
    return x
ident(1); ident(1.0); ident(1)
print(calls[-2:], ident.cache_info().currsize)

@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90), fib.cache_info().hits > 0, fib.__wrapped__.__name__)

@lru_cache(maxsize=None)
def kw(a, b=2, *, c=3):
    return a + b + c
print(kw(1), kw(1, b=2), kw(1, 2), kw(1, c=3), kw.cache_info())

@singledispatch
def describe(x):
    return f'object {x!r}'
@describe.register
def _(x: int):
    return f'int {x}'
@describe.register(list)
def _(x):
    return f'list of {len(x)}'
@describe.register(float)
@describe.register(complex)
def _(x):
    return f'number {x}'
class MyInt(int):
    pass
print(describe(1), describe(True), describe(MyInt(5)), describe([1, 2]), describe(1.5), describe(2j), describe('s'), describe(None))
print(describe.dispatch(bool).__name__, sorted(k.__name__ for k in describe.registry))

class Shape:
    @singledispatchmethod
    def area(self, arg):
        raise NotImplementedError(type(arg).__name__)
    @area.register
    def _(self, arg: int):
        return arg * arg
    @area.register
    def _(self, arg: tuple):
        return arg[0] * arg[1]
print(Shape().area(3), Shape().area((2, 5)))
try:
    Shape().area('x')
except NotImplementedError as e:
    print('NotImplementedError', e)

@total_ordering
class Money:
    def __init__(self, c):
        self.c = c
    def __eq__(self, o):
        return self.c == o.c
    def __lt__(self, o):
        return self.c < o.c
    def __repr__(self):
        return f'M{self.c}'
a, b = Money(1), Money(2)
print(a < b, a <= b, a > b, a >= b, b >= a, a <= a, sorted([b, a, Money(0)]), max(a, b))

class Data:
    def __init__(self):
        self.n = 0
    @cached_property
    def expensive(self):
        self.n += 1
        return self.n * 100
d = Data()
print(d.expensive, d.expensive, d.n, 'expensive' in vars(d))
del d.expensive
print(d.expensive, d.n)
d.expensive = 7
print(d.expensive, Data.expensive.attrname)

def power(base, exp, mod=None):
    return pow(base, exp, mod)
p2 = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=7)
print(p2(5), cube_mod(4), p2.func is power, p2.args, p2.keywords, partial(p2, 3)())
print(repr(partial(max, 1)).startswith('functools.partial(<built-in function max>'), partial(partial(max, 1), 5)())
class Cell:
    def __init__(self):
        self.alive = False
    def set_state(self, state):
        self.alive = state
    set_alive = partialmethod(set_state, True)
c = Cell(); c.set_alive(); print(c.alive)
print(reduce(lambda x, y: x * y, range(1, 11)), reduce(lambda a, b: a + b, [], 'init'), reduce(max, [3, 9, 2]))
try:
    reduce(max, [])
except TypeError as e:
    print('TypeError', e)
def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        return fn(*a, **k)
    return inner
@deco
def documented(x):
    "Doc string."
    return x
print(documented.__name__, documented.__doc__, documented.__wrapped__(4), documented.__qualname__)
print(sorted(['bb', 'a', 'ccc', 'dd'], key=cmp_to_key(lambda x, y: len(x) - len(y) or (x > y) - (x < y))))
