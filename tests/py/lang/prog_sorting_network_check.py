# Sorting networks: Batcher odd-even merge and bitonic generators, 0-1 principle verification, depth/size, benchmark counts.
from itertools import product, permutations
import random
def oddeven_merge_sort(n):
    comps = []
    def merge(lo, hi, r):
        step = r * 2
        if step < hi - lo:
            merge(lo, hi, step); merge(lo + r, hi, step)
            comps.extend((i, i + r) for i in range(lo + r, hi - r, step))
        else:
            comps.append((lo, lo + r))
    def sort(lo, hi):
        if hi - lo >= 1:
            mid = lo + (hi - lo) // 2
            sort(lo, mid); sort(mid + 1, hi); merge(lo, hi, 1)
    sort(0, n - 1)
    return comps
def bitonic(n):
    comps = []
    k = 2
    while k <= n:
        j = k // 2
        while j > 0:
            for i in range(n):
                l = i ^ j
                if l > i:
                    comps.append((i, l) if (i & k) == 0 else (l, i))
            j //= 2
        k *= 2
    return comps
def insertion_network(n):
    return [(j, j + 1) for i in range(n) for j in range(i - 1, -1, -1)]
KNOWN = {4: [(0, 1), (2, 3), (0, 2), (1, 3), (1, 2)],
         5: [(0, 1), (3, 4), (2, 4), (2, 3), (1, 4), (0, 3), (0, 2), (1, 3), (1, 2)],
         6: [(1, 2), (4, 5), (0, 2), (3, 5), (0, 1), (3, 4), (2, 5), (0, 3), (1, 4), (2, 4), (1, 3), (2, 3)]}
def apply(net, seq):
    a = list(seq)
    for i, j in net:
        if a[i] > a[j]: a[i], a[j] = a[j], a[i]
    return a
def depth(net, n):
    level = [0] * n
    for i, j in net:
        d = max(level[i], level[j]) + 1
        level[i] = level[j] = d
    return max(level) if net else 0
def verify01(net, n):
    bad = 0
    for bits in product((0, 1), repeat=n):
        out = apply(net, bits)
        if any(out[k] > out[k + 1] for k in range(n - 1)): bad += 1
    return bad
def first_failure(net, n):
    for bits in product((0, 1), repeat=n):
        out = apply(net, bits)
        if any(out[k] > out[k + 1] for k in range(n - 1)): return bits, out
    return None
for n in (2, 4, 8):
    for name, gen in (("oddeven", oddeven_merge_sort), ("bitonic", bitonic), ("insertion", insertion_network)):
        net = gen(n)
        print(f"n={n:2} {name:9} size={len(net):3} depth={depth(net, n):3} bad01={verify01(net, n)}")
for n, net in KNOWN.items():
    print(f"known n={n} size={len(net)} depth={depth(net, n)} bad01={verify01(net, n)} perms_ok={all(apply(net, p) == sorted(p) for p in permutations(range(n)))}")
broken = KNOWN[5][:-1]
print("broken network fails on", first_failure(broken, 5), "bad count", verify01(broken, 5))
net16 = oddeven_merge_sort(16)
print("oddeven 16: size", len(net16), "depth", depth(net16, 16), "first comps", net16[:8])
rng = random.Random(5)
ok = 0
for trial in range(200):
    data = [rng.randint(-50, 50) for _ in range(16)]
    ok += apply(net16, data) == sorted(data)
print("random 16-element trials sorted", ok, "/ 200")
# benchmark-checker: count comparisons/swaps of classical algorithms on a fixed data set
class Counted:
    comps = 0
    __slots__ = ("v",)
    def __init__(self, v): self.v = v
    def __lt__(self, o): Counted.comps += 1; return self.v < o.v
    def __repr__(self): return repr(self.v)
def bubble(a):
    a = a[:]; n = len(a)
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if a[j + 1] < a[j]: a[j], a[j + 1] = a[j + 1], a[j]; swapped = True
        if not swapped: break
    return a
def merge_sort(a):
    if len(a) <= 1: return a
    m = len(a) // 2
    l, r = merge_sort(a[:m]), merge_sort(a[m:])
    out = []; i = j = 0
    while i < len(l) and j < len(r):
        if r[j] < l[i]: out.append(r[j]); j += 1
        else: out.append(l[i]); i += 1
    return out + l[i:] + r[j:]
def quick(a):
    if len(a) <= 1: return a
    p = a[len(a) // 2]
    return quick([x for x in a if x < p]) + [x for x in a if not (x < p) and not (p < x)] + quick([x for x in a if p < x])
def heap_sort(a):
    import heapq
    h = a[:]; heapq.heapify(h)
    return [heapq.heappop(h) for _ in range(len(h))]
base = [rng.randint(0, 999) for _ in range(120)]
for name, fn in [("bubble", bubble), ("merge", merge_sort), ("quick", quick), ("heapq", heap_sort), ("sorted", sorted), ("network", None)]:
    Counted.comps = 0
    items = [Counted(v) for v in base]
    if fn is None:
        res = [c.v for c in apply(oddeven_merge_sort(128), items + [Counted(10 ** 6)] * 8)][:120]
    else:
        res = [c.v for c in fn(items)]
    print(f"{name:8} comparisons={Counted.comps:6} correct={res == sorted(base)}")
stable = sorted([(v % 7, i) for i, v in enumerate(base[:20])], key=lambda t: t[0])
print("stable sort keeps index order within keys:", all(a[1] < b[1] for a, b in zip(stable, stable[1:]) if a[0] == b[0]))
