# The itertools documentation's recipes built from the module's pieces.
import itertools as it, operator, collections
def take(n, iterable): return list(it.islice(iterable, n))
def tabulate(f, start=0): return map(f, it.count(start))
def consume(iterator, n=None):
    if n is None: collections.deque(iterator, maxlen=0)
    else: next(it.islice(iterator, n, n), None)
def nth(iterable, n, default=None): return next(it.islice(iterable, n, None), default)
def all_equal(iterable):
    g = it.groupby(iterable); return next(g, True) and not next(g, False)
def quantify(iterable, pred=bool): return sum(map(pred, iterable))
def ncycles(iterable, n): return it.chain.from_iterable(it.repeat(tuple(iterable), n))
def grouper(iterable, n, fillvalue=None):
    return it.zip_longest(*[iter(iterable)] * n, fillvalue=fillvalue)
def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = it.cycle(iter(i).__next__ for i in iterables)
    while num_active:
        try:
            for nxt in nexts: yield nxt()
        except StopIteration:
            num_active -= 1
            nexts = it.cycle(it.islice(nexts, num_active))
def partition(pred, iterable):
    t1, t2 = it.tee(iterable); return it.filterfalse(pred, t1), filter(pred, t2)
def powerset(iterable):
    s = list(iterable); return it.chain.from_iterable(it.combinations(s, r) for r in range(len(s) + 1))
def unique_everseen(iterable, key=None):
    seen = set()
    for e in iterable:
        k = e if key is None else key(e)
        if k not in seen:
            seen.add(k); yield e
def unique_justseen(iterable, key=None): return map(next, map(operator.itemgetter(1), it.groupby(iterable, key)))
def sliding_window(iterable, n):
    i = iter(iterable); w = collections.deque(it.islice(i, n), maxlen=n)
    if len(w) == n: yield tuple(w)
    for x in i:
        w.append(x); yield tuple(w)
def first_true(iterable, default=False, pred=None): return next(filter(pred, iterable), default)
def random_product_idx(*args, repeat=1):
    pools = [tuple(pool) for pool in args] * repeat
    return tuple(len(p) for p in pools)
def flatten(list_of_lists): return it.chain.from_iterable(list_of_lists)
def triplewise(iterable):
    for (a, _), (b, c) in it.pairwise(it.pairwise(iterable)): yield a, b, c
def iter_except(func, exception):
    try:
        while True: yield func()
    except exception: pass
print(take(5, tabulate(lambda x: x * x)), nth(range(10), 3), nth(range(3), 9, 'dflt'))
g = iter(range(10)); consume(g, 3); print(next(g)); consume(g); print(next(g, 'done'))
print(all_equal('aaa'), all_equal('aab'), all_equal(''), quantify([1, 0, 2, None]), list(ncycles('ab', 3)))
print(list(grouper('ABCDEFG', 3, 'x')), list(roundrobin('ABC', 'D', 'EF')))
ev, od = partition(lambda x: x % 2, range(10)); print(list(ev), list(od))
print(list(powerset([1, 2, 3])), list(unique_everseen('AAAABBBCCDAABBB')), list(unique_everseen('ABBcCAD', str.lower)))
print(list(unique_justseen('AAAABBBCCDAABBB')), list(sliding_window('ABCDEFG', 4)), first_true([0, None, 3, 4]))
print(random_product_idx('ab', 'cde', repeat=2), list(flatten([[1, 2], [3], []])), list(triplewise('ABCDEFG')))
print(list(iter_except([1, 2, 3].pop, IndexError)), list(it.accumulate([1, 2, 3, 4], operator.mul, initial=10)))
print(list(it.starmap(pow, [(2, 5), (3, 2)])), list(it.compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(it.batched('ABCDEFG', 3)) if hasattr(it, 'batched') else 'no batched')
