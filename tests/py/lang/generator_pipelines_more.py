# Generator pipelines: lazy evaluation order, early termination closing upstream generators,
# itertools chaining, generator-based coroutines as data sinks, recursion with yield from.
import itertools
log = []
def source(n):
    try:
        for i in range(n):
            log.append(f'src {i}')
            yield i
    finally:
        log.append('src closed')
def mapper(it, f):
    try:
        for x in it:
            log.append(f'map {x}')
            yield f(x)
    finally:
        log.append('map closed')
def taker(it, n):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
src = source(10)
mp = mapper(src, lambda x: x * x)
res = list(taker(mp, 3))
print(res)
mp.close(); src.close()  # explicit: CPython would also close them when dropped (refcounting)
print(log); log.clear()
src = source(5)
g = mapper(src, str)
print(next(g), next(g)); g.close(); src.close(); print(log); log.clear()
def flatten(obj):
    if isinstance(obj, (list, tuple)):
        for o in obj:
            yield from flatten(o)
    else:
        yield obj
print(list(flatten([1, [2, (3, [4, [5]])], [], 6])))
def tree_walk(node, depth=0):
    name, kids = node
    yield depth, name
    for k in kids:
        yield from tree_walk(k, depth + 1)
tree = ('root', [('a', [('a1', []), ('a2', [])]), ('b', [('b1', [('b11', [])])])])
print(['  ' * d + n for d, n in tree_walk(tree)])
def sink(results):
    while True:
        item = yield
        if item is None:
            break
        results.append(item.upper())
    results.append('END')
out = []
s = sink(out); next(s)
for w in ['a', 'b']:
    s.send(w)
try:
    s.send(None)
except StopIteration:
    pass
print(out)
def running_stats():
    n = total = 0
    mx = None
    while True:
        x = yield (n, total, mx)
        n += 1
        total += x
        mx = x if mx is None else max(mx, x)
rs = running_stats(); next(rs)
print([rs.send(x) for x in [3, 9, 2, 7]])
evens = (x for x in itertools.count() if x % 2 == 0)
squares = (x * x for x in evens)
print(list(itertools.islice(squares, 5)), next(squares))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(itertools.takewhile(lambda x: x < 100, fib())), sum(itertools.islice(fib(), 50)))
def chunked(it, n):
    it = iter(it)
    while chunk := list(itertools.islice(it, n)):
        yield chunk
print(list(chunked(range(11), 4)), list(chunked([], 3)))
gen = (i for i in range(3))
print(list(zip(gen, gen)), list(gen))
def windowed(seq, n):
    its = itertools.tee(seq, n)
    for i, it in enumerate(its):
        for _ in range(i):
            next(it, None)
    return zip(*its)
print(list(windowed('abcdef', 3)))
def genexp_scope():
    x = 10
    return [list(x + y for y in range(2)) for x in range(3)]
print(genexp_scope())
