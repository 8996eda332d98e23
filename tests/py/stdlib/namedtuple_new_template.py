from collections import namedtuple
import functools, inspect
P = namedtuple('P', 'x y')
p = P(1, y=2); print(p, p._replace(x=5), P._make([3, 4]), p._asdict())
Q = namedtuple('Q', ['a'], defaults=[9]); print(Q(), Q(1), Q(a=2))
R = namedtuple('R', 'a b c', defaults=(1, 2)); print(R(0), R(0, c=5))
print(P.__new__.__code__.co_varnames, P.__new__.__defaults__, inspect.signature(P))
try: P(1)
except TypeError as e: print(e)
try: P(1, 2, 3)
except TypeError as e: print(e)
try: P(1, 2, z=3)
except TypeError as e: print(e)
S = namedtuple('S', 'def x', rename=True); print(S(1, 2))
print(functools.lru_cache()(lambda x: x).cache_info())
E = namedtuple('E', ''); print(E())
# Field counts 0..30, keyword construction and defaults through the generated __new__.
for k in range(31):
    names = ['f%d' % i for i in range(k)]
    T = namedtuple('T%d' % k, names, defaults=list(range(k // 2)))
    t = T(*range(k - k // 2))
    print(k, len(t), sum(t), T.__new__.__code__.co_argcount, T.__new__.__code__.co_varnames[:3])
    if k:
        print(T(**{n: i * 2 for i, n in enumerate(names)})[-1])
