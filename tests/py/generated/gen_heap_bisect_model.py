# Random operation sequences on heapq (native _heapq) and bisect (native _bisect) checked against
# a sorted-list model, with key= variants and tuples; prints digests.
import heapq, bisect, random, binascii
random.seed(2718)
acc = 0
for trial in range(200):
    h, model = [], []
    for step in range(random.randint(0, 60)):
        op = random.random()
        if op < 0.5:
            v = (random.randint(0, 20), random.random() < 0.5)
            heapq.heappush(h, v); bisect.insort(model, v)
        elif op < 0.65 and h:
            assert heapq.heappop(h) == model.pop(0)
        elif op < 0.75 and h:
            v = (random.randint(0, 20), False)
            r = heapq.heapreplace(h, v); assert r == model.pop(0); bisect.insort(model, v)
        elif op < 0.85:
            v = (random.randint(0, 20), True)
            r = heapq.heappushpop(h, v); bisect.insort(model, v); assert r == model.pop(0)
        else:
            h = model[:]; random.shuffle(h); heapq.heapify(h)
        assert sorted(h) == model
    acc = (acc * 5 + binascii.crc32(repr(h).encode())) % (1 << 61)
    data = sorted(random.randint(0, 30) for _ in range(random.randint(0, 30)))
    for _ in range(10):
        x = random.randint(-2, 32)
        lo = random.randint(0, len(data))
        hi = random.choice([None, random.randint(lo, len(data))])
        kw = {} if hi is None else {'hi': hi}
        r = (bisect.bisect_left(data, x, lo, **kw), bisect.bisect_right(data, x, lo, **kw),
             bisect.bisect_left([(v, 'k') for v in data], x, key=lambda t: t[0]), bisect.bisect_right(data, -x, key=lambda v: -v) if False else 0)
        acc = (acc * 5 + hash(r)) % (1 << 61)
    if trial % 20 == 0:
        print(trial, h[:5], heapq.nsmallest(3, h), heapq.nlargest(3, h), data[:8])
print(acc)
seq = [random.randint(0, 100) for _ in range(300)]
print(heapq.nlargest(10, seq), heapq.nsmallest(10, seq, key=lambda v: (v % 7, v)), list(heapq.merge(sorted(seq[:5]), sorted(seq[5:10]), reverse=False)))
m = [5, 3, 8, 1]; heapq._heapify_max(m); print(m, heapq._heappop_max(m), m, heapq._heapreplace_max(m, 0), m)
for bad in [lambda: heapq.heappush((), 1), lambda: heapq.heapify(1), lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1),
            lambda: bisect.bisect_left([1], 1, -1), lambda: bisect.insort_left((1,), 1), lambda: bisect.bisect(5, 1)]:
    try: bad()
    except (TypeError, IndexError, ValueError, AttributeError) as e: print(type(e).__name__, e)
print(bisect.bisect_left([1, 2, 3], 2, hi=-1), heapq.heappushpop([], 5), bisect.bisect_right(range(0, 100, 5), 42))
