# Sorting algorithms implemented by hand (insertion, merge, quick with 3-way partition, heap,
# counting, radix, shell, timsort-like run detection) cross-checked against sorted() on seeded
# random data, with comparison counts and stability checks.
import random, heapq
from functools import cmp_to_key
class Counter:
    n = 0
def key_cmp(a, b):
    Counter.n += 1
    return (a > b) - (a < b)
def insertion(a):
    a = a[:]
    for i in range(1, len(a)):
        x, j = a[i], i - 1
        while j >= 0 and key_cmp(a[j], x) > 0:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = x
    return a
def merge_sort(a):
    if len(a) <= 1:
        return a[:]
    m = len(a) // 2
    l, r = merge_sort(a[:m]), merge_sort(a[m:])
    out, i, j = [], 0, 0
    while i < len(l) and j < len(r):
        if key_cmp(l[i], r[j]) <= 0:
            out.append(l[i]); i += 1
        else:
            out.append(r[j]); j += 1
    return out + l[i:] + r[j:]
def quick3(a):
    if len(a) <= 1:
        return a[:]
    p = a[len(a) // 2]
    lt = [x for x in a if key_cmp(x, p) < 0]
    eq = [x for x in a if x == p]
    gt = [x for x in a if x > p]
    return quick3(lt) + eq + quick3(gt)
def heap_sort(a):
    h = a[:]
    heapq.heapify(h)
    return [heapq.heappop(h) for _ in range(len(h))]
def counting(a, lo, hi):
    counts = [0] * (hi - lo + 1)
    for x in a:
        counts[x - lo] += 1
    return [i + lo for i, c in enumerate(counts) for _ in range(c)]
def radix(a, base=10):
    if not a:
        return []
    out, exp = a[:], 1
    while max(out) // exp:
        buckets = [[] for _ in range(base)]
        for x in out:
            buckets[(x // exp) % base].append(x)
        out = [x for b in buckets for x in b]
        exp *= base
    return out
def shell(a):
    a, gap = a[:], len(a) // 2
    while gap:
        for i in range(gap, len(a)):
            x, j = a[i], i
            while j >= gap and a[j - gap] > x:
                a[j] = a[j - gap]
                j -= gap
            a[j] = x
        gap //= 2
    return a
def runs(a):
    out, i = [], 0
    while i < len(a):
        j = i + 1
        if j < len(a) and a[j] < a[i]:
            while j < len(a) and a[j] < a[j - 1]:
                j += 1
            out.append(a[i:j][::-1])
        else:
            while j < len(a) and a[j] >= a[j - 1]:
                j += 1
            out.append(a[i:j])
        i = j
    while len(out) > 1:
        out = [list(heapq.merge(out[k], out[k + 1])) if k + 1 < len(out) else out[k] for k in range(0, len(out), 2)]
    return out[0] if out else []
rng = random.Random(8)
datasets = {'random': [rng.randint(0, 999) for _ in range(300)], 'sorted': list(range(200)), 'reversed': list(range(200, 0, -1)),
            'few_unique': [rng.choice([5, 1, 9]) for _ in range(150)], 'empty': [], 'one': [42]}
for name, data in datasets.items():
    expect = sorted(data)
    res = {}
    for fn in (insertion, merge_sort, quick3):
        Counter.n = 0
        ok = fn(data) == expect
        res[fn.__name__] = (ok, Counter.n)
    others = [heap_sort(data) == expect, counting(data, min(data, default=0), max(data, default=0)) == expect, radix(data) == expect, shell(data) == expect, runs(data) == expect]
    print(f'{name:10}', res, others)
pairs = [(rng.randint(0, 5), i) for i in range(40)]
stable = sorted(pairs, key=lambda p: p[0])
print(merge_sort_stable := all(stable[i][1] < stable[i + 1][1] for i in range(len(stable) - 1) if stable[i][0] == stable[i + 1][0]))
print(sorted(['b', 'A', 'c', 'B'], key=cmp_to_key(lambda x, y: (x.lower() > y.lower()) - (x.lower() < y.lower()))))
