# _functools: reduce, partial (repr, flattening, keywords), cmp_to_key.
import _functools as ft
from operator import add, mul

print(ft.reduce(add, [1, 2, 3, 4]), ft.reduce(mul, range(1, 6), 10), ft.reduce(add, [], 'init'), ft.reduce(add, 'abc'))
print(ft.reduce(lambda a, b: a + [b], range(3), []))
for bad in [lambda: ft.reduce(), lambda: ft.reduce(add), lambda: ft.reduce(add, []), lambda: ft.reduce(add, 1),
            lambda: ft.reduce(add, [1], 2, 3), lambda: ft.reduce(function=add, sequence=[1])]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
p = ft.partial(max, 1, key=abs)
print(p(-5, 2), p.func, p.args, p.keywords, repr(p))
q = ft.partial(p, 3, key=int)
print(repr(q), q.args, q.keywords, q(-9))
def f(*args, **kw):
    return args, sorted(kw.items())
r = ft.partial(f, 1, a=1, b=2)
print(r(2, b=3, c=4), r(), ft.partial(f)())
r.attr = 'set'
print(r.attr, ft.partial(r, 9).func is r, repr(ft.partial(ft.partial(dict, a=1), b=2)))
class P(ft.partial):
    pass
pp = P(f, 'x')
print(type(pp).__name__, pp('y'), repr(P(max, 2)))
for bad in [lambda: ft.partial(), lambda: ft.partial(1)]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class C:
    m = ft.partial(f, 'class')
print(C().m('arg'), C.m())
def numeric_cmp(a, b):
    return (a > b) - (a < b)
K = ft.cmp_to_key(numeric_cmp)
print(sorted([5, 2, 9, 1], key=K), sorted([5, 2, 9, 1], key=ft.cmp_to_key(lambda a, b: b - a)))
print(K(1) < K(2), K(2) <= K(2), K(3) == K(3), K(3) != K(4), K(5) > K(1), K(0) >= K(1), K(7).obj)
print(sorted(['bb', 'a', 'ccc'], key=ft.cmp_to_key(lambda a, b: len(a) - len(b))), max([3, 8, 1], key=K))
for bad in [lambda: ft.cmp_to_key(), lambda: K(1) < 3, lambda: hash(K(1)), lambda: K(1, 2), lambda: K()]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
print(ft.cmp_to_key(mycmp=numeric_cmp)(4).obj, type(K).__name__, ft.partial.__name__, repr(ft.partial))
