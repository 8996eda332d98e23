# An LRU cache implemented three ways (OrderedDict, dict + doubly linked list, functools) and
# checked against each other on a deterministic access trace; hit/miss counts and evictions.
from collections import OrderedDict
import functools, random
class LRU1:
    def __init__(self, cap):
        self.cap, self.d, self.hits, self.misses, self.evicted = cap, OrderedDict(), 0, 0, []
    def get(self, k, compute):
        if k in self.d:
            self.d.move_to_end(k)
            self.hits += 1
            return self.d[k]
        self.misses += 1
        v = self.d[k] = compute(k)
        if len(self.d) > self.cap:
            self.evicted.append(self.d.popitem(last=False)[0])
        return v
class Node:
    __slots__ = ('k', 'v', 'prev', 'next')
    def __init__(self, k=None, v=None):
        self.k, self.v, self.prev, self.next = k, v, None, None
class LRU2:
    def __init__(self, cap):
        self.cap, self.map, self.hits, self.misses, self.evicted = cap, {}, 0, 0, []
        self.head, self.tail = Node(), Node()
        self.head.next, self.tail.prev = self.tail, self.head
    def _unlink(self, n):
        n.prev.next, n.next.prev = n.next, n.prev
    def _push(self, n):
        n.prev, n.next = self.tail.prev, self.tail
        self.tail.prev.next = n
        self.tail.prev = n
    def get(self, k, compute):
        n = self.map.get(k)
        if n:
            self._unlink(n); self._push(n)
            self.hits += 1
            return n.v
        self.misses += 1
        n = Node(k, compute(k))
        self.map[k] = n
        self._push(n)
        if len(self.map) > self.cap:
            old = self.head.next
            self._unlink(old)
            del self.map[old.k]
            self.evicted.append(old.k)
        return n.v
    def keys(self):
        out, n = [], self.head.next
        while n is not self.tail:
            out.append(n.k)
            n = n.next
        return out
rng = random.Random(7)
trace = [int(rng.paretovariate(1.2)) % 20 for _ in range(400)]
compute = lambda k: k * k + 1
c1, c2 = LRU1(5), LRU2(5)
@functools.lru_cache(maxsize=5)
def c3(k):
    return compute(k)
r1 = [c1.get(k, compute) for k in trace]
r2 = [c2.get(k, compute) for k in trace]
r3 = [c3(k) for k in trace]
print(r1 == r2 == r3, sum(r1))
print(c1.hits, c1.misses, c2.hits, c2.misses, c3.cache_info())
print(c1.evicted == c2.evicted, c1.evicted[:15], list(c1.d) == c2.keys(), c2.keys())
