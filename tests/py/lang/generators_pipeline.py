# Generator pipelines: chained generator functions with send-driven coroutines, yield from
# delegation to sub-pipelines, itertools interplay, early termination and cleanup order.
import itertools
log = []
def source(n):
    try:
        for i in range(n):
            yield i
    finally:
        log.append('source closed')
def evens(it):
    for v in it:
        if v % 2 == 0: yield v
def squares(it):
    yield from (v * v for v in it)
def chunks(it, k):
    it = iter(it)
    while chunk := list(itertools.islice(it, k)): yield chunk
print(list(chunks(squares(evens(source(20))), 3)), log)
g = squares(evens(source(100))); print(next(g), next(g), next(g)); g.close()  # (closing the inner generators then is refcounting, not checked)
def averager():
    total = count = 0
    avg = None
    while True:
        v = yield avg
        if v is None: return (count, avg)
        total += v; count += 1; avg = total / count
def delegate(results):
    while True:
        r = yield from averager()
        results.append(r)
res = []; d = delegate(res); next(d)
for batch in ([1, 2, 3], [10, 20], [5]):
    for v in batch: d.send(v)
    d.send(None)
print(res)
def flatten(x):
    for item in x:
        if isinstance(item, list): yield from flatten(item)
        else: yield item
print(list(flatten([1, [2, [3, [4, []]], 5], [[6]]])))
def tree(depth):
    if depth == 0:
        yield 'leaf'; return
    yield f'node{depth}'
    yield from tree(depth - 1)
    yield from tree(depth - 1)
print(list(tree(3)), sum(1 for _ in tree(10)))
gen = (x for x in range(3)); print(list(zip(gen, gen)), list(gen))
