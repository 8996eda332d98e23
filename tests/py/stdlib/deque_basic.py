# collections.deque through _collections: construction, ends, maxlen, indexing, rotate, repr, errors.
from _collections import deque

d = deque('abc')
d.append('d'); d.appendleft('z')
print(d, len(d), d[0], d[-1], d[2], bool(d), bool(deque()))
print(d.pop(), d.popleft(), d)
d.extend('xy'); d.extendleft('12')
print(d, list(reversed(d)))
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.rotate(0); d.rotate(len(d) * 5 + 1); print(d)
d.reverse(); print(d)
print(d.count('x'), d.count('q'), d.index('x'), d.index('b', 1), d.index('b', -5, -1))
d.insert(2, 'INS'); d.insert(-1, 'NEG'); d.insert(100, 'END'); d.insert(-100, 'START'); print(d)
d.remove('INS'); print(d)
del d[1]; d[0] = 'first'; print(d)
d.clear(); print(d, len(d))
m = deque(range(10), maxlen=3)
print(m, m.maxlen, deque().maxlen)
m.append(10); print(m)
m.appendleft(-1); print(m)
m.extend(range(3)); print(m)
m.extendleft('ab'); print(m)
z = deque([1, 2], maxlen=0); z.append(3); z.extend([4]); print(z)
print(deque(maxlen=2), deque([], None), deque(iterable=[1], maxlen=5))
big = deque()
for i in range(1000):
    big.append(i)
    if i % 3 == 0:
        big.popleft()
print(len(big), big[0], big[-1], big[500], sum(big))
for i in range(600):
    big.appendleft(big.pop())
print(big[0], big[-1])
e = deque([1, 2, 3])
e.extend(e); print(e)
e.extendleft(e); print(e)
r = deque(); r.append(r); print(r)
r2 = deque([[1], deque([2])]); print(repr(r2))
print(deque([1, 2]) * 2, 2 * deque([3]), deque([1, 2, 3], 4) * 2, deque('ab') * 0, deque('ab') * -1)
print(deque([1]) + deque([2], 1), deque([1, 2], 3) + deque([4, 5]))
i = deque([1]); i += [2, 3]; print(i)
i *= 2; print(i)
print(deque([1, 2]) == deque([1, 2]), deque([1]) == [1], deque([1, 2]) < deque([1, 3]), deque([1, 2]) >= deque([1]), deque() <= deque())
print(2 in deque([1, 2]), 5 in deque([1, 2]), deque([1, 2]) != deque([2, 1]))
for bad in [lambda: deque(1), lambda: deque([], -1), lambda: deque([], 'a'), lambda: deque([], 1, 2), lambda: deque(x=1),
            lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1]).index(5), lambda: deque([1]).remove(5),
            lambda: deque([1], 1).insert(0, 2), lambda: deque([1])[5], lambda: deque([1])[-2], lambda: deque([1])['a'],
            lambda: deque([1])[0:1], lambda: deque([1]).rotate('a'), lambda: deque() * 'a', lambda: deque() + [1],
            lambda: deque() < [1], lambda: hash(deque()), lambda: deque().count(), lambda: deque().extend(1),
            lambda: deque([1]).index(1, 'a'), lambda: deque().insert(1), lambda: deque().append()]:
    try:
        bad()
        print('no error')
    except Exception as e:
        print(type(e).__name__, e)
print(deque.__name__, deque.__module__, repr(deque), deque[int])
