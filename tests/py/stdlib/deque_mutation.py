# deque: mutation during iteration, copies, __init__ again, comparison with mutating __eq__, subclassing.
from _collections import deque


d = deque(range(5))
try:
    for x in d:
        if x == 2:
            d.append(99)
except RuntimeError as e:
    print('RuntimeError', e)
it = iter(d)
next(it)
d[0] = 'set'
print(next(it), it.__length_hint__())
it = reversed(d)
print(next(it))
d.pop()
try:
    next(it)
except RuntimeError as e:
    print('RuntimeError', e)
try:
    next(it)
except StopIteration:
    print('stopped')
class Eq:
    def __init__(self, dq): self.dq = dq
    def __eq__(self, other):
        self.dq.append(0)
        return False
q = deque([1, 2, 3])
for probe in [lambda: Eq(q) in q, lambda: q.count(Eq(q)), lambda: q.index(Eq(q))]:
    try:
        probe()
    except RuntimeError as e:
        print('RuntimeError', e)
c = deque([1, [2]], maxlen=5)
c2 = c.copy(); c3 = c.__copy__()
c2.append(3)
print(c, c2, c3, c2.maxlen, c[1] is c3[1])
c.__init__('xyz', 2); print(c)
c.__init__(); print(c, c.maxlen)
class MyDeque(deque):
    def total(self):
        return sum(self)
md = MyDeque([1, 2, 3], maxlen=4)
md.append(4); md.append(5)
print(list(md), md.total(), md.maxlen, isinstance(md, deque), type(md).__name__, len(md), md[0])
class Counted(deque):
    def __init__(self, it):
        super().__init__(it)
        self.n = len(self)
cd = Counted(iter([7, 8, 9]))
print(list(cd), cd.n)
s = deque()
for i in range(100):
    s.append(i)
    s.rotate(i)
print(list(s)[:10], sum(s))
