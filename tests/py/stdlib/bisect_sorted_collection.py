# A SortedList built on bisect with add/remove/index/range queries/slicing, a SortedDict on
# top of it, checked against naive implementations on seeded random operations.
import bisect, random
class SortedList:
    def __init__(self, it=(), key=None):
        self.key = key or (lambda x: x)
        self._items = sorted(it, key=self.key)
        self._keys = [self.key(x) for x in self._items]
    def add(self, x):
        k = self.key(x)
        i = bisect.bisect_right(self._keys, k)
        self._keys.insert(i, k)
        self._items.insert(i, x)
    def remove(self, x):
        k = self.key(x)
        i = bisect.bisect_left(self._keys, k)
        while i < len(self._items) and self._keys[i] == k:
            if self._items[i] == x:
                del self._items[i], self._keys[i]
                return
            i += 1
        raise ValueError(f'{x!r} not in list')
    def irange(self, lo, hi):
        return self._items[bisect.bisect_left(self._keys, lo):bisect.bisect_right(self._keys, hi)]
    def count_less(self, k):
        return bisect.bisect_left(self._keys, k)
    def __getitem__(self, i):
        return self._items[i]
    def __len__(self):
        return len(self._items)
    def __iter__(self):
        return iter(self._items)
    def __contains__(self, x):
        k = self.key(x)
        i = bisect.bisect_left(self._keys, k)
        return any(self._items[j] == x for j in range(i, bisect.bisect_right(self._keys, k)))
    def __repr__(self):
        return f'SortedList({self._items})'
rng = random.Random(77)
sl, naive = SortedList(), []
for step in range(2000):
    op = rng.random()
    v = rng.randint(0, 200)
    if op < 0.6:
        sl.add(v); naive.append(v); naive.sort()
    elif op < 0.85 and naive:
        x = rng.choice(naive)
        sl.remove(x); naive.remove(x)
    else:
        lo, hi = sorted((rng.randint(0, 200), rng.randint(0, 200)))
        assert sl.irange(lo, hi) == [x for x in naive if lo <= x <= hi]
        assert sl.count_less(v) == sum(1 for x in naive if x < v)
        assert (v in sl) == (v in naive)
print(len(sl), list(sl) == naive, sl[:10], sl[-3:], sl.irange(50, 60), sl.count_less(100))
words = SortedList(['pear', 'fig', 'banana', 'kiwi'], key=len)
words.add('plum'); words.add('apple'); words.remove('kiwi')
print(words, words.irange(4, 5), 'fig' in words, 'date' in words)
try:
    words.remove('zzz')
except ValueError as e:
    print('ValueError', e)
class SortedDict:
    def __init__(self):
        self._keys = SortedList()
        self._d = {}
    def __setitem__(self, k, v):
        if k not in self._d:
            self._keys.add(k)
        self._d[k] = v
    def __delitem__(self, k):
        del self._d[k]
        self._keys.remove(k)
    def items(self):
        return [(k, self._d[k]) for k in self._keys]
    def floor_key(self, k):
        i = bisect.bisect_right(self._keys._keys, k)
        return self._keys[i - 1] if i else None
sd = SortedDict()
for k in [50, 10, 30, 20, 40]:
    sd[k] = k * k
del sd[30]; sd[25] = 'x'
print(sd.items(), sd.floor_key(29), sd.floor_key(5), sd.floor_key(1000))
