# graphlib.TopologicalSorter (static order, ready/done protocol, cycle errors), queue (FIFO,
# LIFO, priority, bounded put_nowait errors, task_done/join), collections.abc and numbers checks.
import graphlib, queue, collections.abc as cabc, numbers
from fractions import Fraction
from decimal import Decimal
g = {'d': {'b', 'c'}, 'c': {'a'}, 'b': {'a'}, 'e': set()}
ts = graphlib.TopologicalSorter(g)
order = list(ts.static_order()); print(order.index('a') < order.index('b') < order.index('d'), sorted(order))
ts = graphlib.TopologicalSorter(); ts.add('b', 'a'); ts.add('c', 'b'); ts.prepare()
while ts.is_active():
    ready = sorted(ts.get_ready()); print('ready', ready); ts.done(*ready)
try:
    list(graphlib.TopologicalSorter({'a': {'b'}, 'b': {'a'}}).static_order())
except graphlib.CycleError as e: print('cycle', e.args[0], sorted(e.args[1]))
q = queue.Queue(maxsize=2); q.put(1); q.put(2)
try: q.put_nowait(3)
except queue.Full: print('Full')
print(q.get(), q.get(), q.empty(), q.qsize(), q.full())
try: q.get_nowait()
except queue.Empty: print('Empty')
lq = queue.LifoQueue(); [lq.put(i) for i in range(3)]; print([lq.get() for _ in range(3)])
pq = queue.PriorityQueue(); [pq.put((p, n)) for p, n in [(3, 'c'), (1, 'a'), (2, 'b')]]; print([pq.get() for _ in range(3)])
sq = queue.SimpleQueue(); sq.put('x'); print(sq.get(), sq.empty())
jq = queue.Queue(); jq.put(1); jq.get(); jq.task_done(); jq.join(); print('joined')
checks = [([], cabc.Sequence), ([], cabc.MutableSequence), ((), cabc.MutableSequence), ({}, cabc.Mapping), ({}.keys(), cabc.Set), (set(), cabc.MutableSet),
          ('s', cabc.Sequence), (b'', cabc.ByteString), (iter([]), cabc.Iterator), ([], cabc.Iterable), (len, cabc.Callable), ((x for x in []), cabc.Generator),
          (range(1), cabc.Sequence), (1, cabc.Hashable), ([], cabc.Hashable), ({}.items(), cabc.ItemsView), (memoryview(b''), cabc.Sequence)]
print([isinstance(o, t) for o, t in checks])
print([isinstance(v, k) for v in (1, True, 1.5, 1j, Fraction(1, 2), Decimal(1)) for k in (numbers.Integral, numbers.Rational, numbers.Real, numbers.Complex, numbers.Number)])
class MySeq(cabc.Sequence):
    def __getitem__(self, i): return [10, 20, 30][i]
    def __len__(self): return 3
s = MySeq(); print(list(s), 20 in s, s.index(30), s.count(10), list(reversed(s)))
class MyMap(cabc.MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = MyMap(); m.update(a=1, b=2); m.setdefault('c', 3); print(dict(m), m.pop('a'), m.get('zz', 0), list(m.items()), m == {'b': 2, 'c': 3})
try: cabc.Sequence()
except TypeError as e: print(e)
