# heapq (push/pop/pushpop/replace/heapify/nlargest/nsmallest with key/merge with key and reverse)
# and bisect (left/right, lo/hi, key=, insort with key) on seeded random data.
import heapq, bisect, random
random.seed(3)
data = [random.randint(0, 100) for _ in range(50)]
h = []
for x in data: heapq.heappush(h, x)
out = [heapq.heappop(h) for _ in range(len(h))]
print(out == sorted(data), out[:10])
h = data[:]; heapq.heapify(h); print(h[:8], heapq.heappushpop(h, -1), heapq.heapreplace(h, 1000), h[0])
print(heapq.nlargest(5, data), heapq.nsmallest(5, data), heapq.nlargest(3, data, key=lambda v: -v))
print(heapq.nsmallest(4, ['bb', 'a', 'ccc', 'dddd'], key=len), heapq.nlargest(0, data), heapq.nsmallest(100, [3, 1]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])), list(heapq.merge(['a', 'ccc'], ['bb'], key=len)))
print(list(heapq.merge([7, 4, 1], [8, 2], reverse=True)))
try: heapq.heappop([])
except IndexError as e: print(e)
s = sorted(data)
for v in [-5, 0, 50, 51, 100, 200]:
    print(v, bisect.bisect_left(s, v), bisect.bisect_right(s, v), bisect.bisect(s, v, 10, 20))
recs = sorted([(random.randint(0, 20), i) for i in range(15)])
keys = [r[0] for r in recs]
print(bisect.bisect_left(recs, 10, key=lambda r: r[0]) == bisect.bisect_left(keys, 10))
bisect.insort(recs, (10, 99), key=lambda r: r[0]); bisect.insort_left(recs, (10, 98), key=lambda r: r[0])
print(recs)
L = []; [bisect.insort_right(L, x) for x in [5, 1, 4, 1, 5]]; print(L)
try: bisect.bisect_left([1], 1, -1)
except ValueError as e: print(e)
class Item:
    def __init__(self, p, n): self.p, self.n = p, n
    def __lt__(self, o): return self.p < o.p
    def __repr__(self): return self.n
hh = []
for p, n in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'a2')]: heapq.heappush(hh, Item(p, n))
print([heapq.heappop(hh) for _ in range(4)])
