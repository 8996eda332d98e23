# tee: independent iterators sharing one source, copying, n, re-entrancy.
from itertools import tee, islice, count

a, b = tee(range(5))
print(list(a), list(b))
a, b, c = tee('abcdef', 3)
print(next(a), next(a), next(b), list(c), list(a), list(b))
print(tee([1, 2], 0), len(tee([1], 1)), type(tee([1])[0]).__name__)
x, y = tee(count())
print(list(islice(x, 200))[-3:], next(y), list(islice(y, 100))[-1])
src = iter(range(10))
p, q = tee(src)
print(next(p), next(src), next(p), next(q))
a, b = tee([1, 2, 3])
a2 = a.__copy__()
print(next(a), list(a2), list(a), list(b))
c, d = tee(a)
print(list(c), list(d))
r, s = tee(iter([1, 2, 3]))
t1, t2 = tee(r)
print(next(r), list(t1), list(s), list(t2))
def reentrant():
    yield 1
    yield next(t[0])
t = tee(reentrant())
print(next(t[0]))
try:
    next(t[0])
except RuntimeError as e:
    print('RuntimeError', e)
for bad in [lambda: tee(), lambda: tee(1), lambda: tee([], -1), lambda: tee([], 'a'), lambda: tee([], 1, 2), lambda: tee([], n=2)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
