# functools: lru_cache (hits/misses/maxsize/typed/cache_clear), cache, singledispatch (register by
# annotation and type, MRO dispatch, dispatch()), total_ordering, partial(method), reduce,
# cached_property, wraps/update_wrapper, cmp_to_key.
import functools
from functools import lru_cache, singledispatch, total_ordering, partial, reduce, cached_property, wraps
@lru_cache(maxsize=3)
def sq(x):
    print('compute', x)
    return x * x
for v in [1, 2, 1, 3, 4, 1, 2]:
    sq(v)
print(sq.cache_info())
sq.cache_clear(); print(sq.cache_info())
@lru_cache(typed=True)
def t(x): return type(x).__name__
print(t(1), t(1.0), t.cache_info().currsize)
@functools.cache
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90), fib.cache_info().hits)
@singledispatch
def show(x): return 'object ' + repr(x)
@show.register
def _(x: int): return 'int %d' % x
@show.register(list)
def _(x): return 'list of %d' % len(x)
@show.register(float)
@show.register(complex)
def _(x): return 'number ' + str(x)
class MyInt(int): pass
print(show(3), show(True), show(MyInt(5)), show([1, 2]), show(2.5), show(1j), show('s'), show.dispatch(bool).__name__)
print(sorted(k.__name__ for k in show.registry))
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return 'V(%r)' % self.v
a, b = V(1), V(2)
print(a < b, a <= b, a > b, a >= b, b >= a, a != b, sorted([V(3), V(1), V(2)]), max(V(5), V(9)))
p = partial(int, base=2)
print(p('101'), p.func, p.args, p.keywords, partial(p, '111')(), repr(partial(max, 1, key=abs))[:30])
class C:
    def m(self, a, b): return (a, b)
    pm = functools.partialmethod(m, 1)
    @cached_property
    def expensive(self):
        print('computing'); return 42
c = C(); print(c.pm(2), c.expensive, c.expensive, 'expensive' in vars(c))
print(reduce(lambda x, y: x * y, range(1, 10)), reduce(lambda x, y: x + y, [], 'init'), reduce(max, [3, 8, 2]))
try: reduce(max, [])
except TypeError as e: print(e)
def deco(f):
    @wraps(f)
    def inner(*a): return f(*a)
    return inner
@deco
def documented(x):
    "doc here"
    return x
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__)
print(sorted(['b', 'A', 'c'], key=functools.cmp_to_key(lambda x, y: (x.lower() > y.lower()) - (x.lower() < y.lower()))))
