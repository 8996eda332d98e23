# itertools recipes built from the primitives: pairwise, batched, sliding window, roundrobin,
# unique_everseen, partition, powerset, grouper, flatten, nth, accumulate with func.
import itertools as it
import operator
from collections import deque

def take(n, iterable):
    return list(it.islice(iterable, n))
def sliding_window(iterable, n):
    iterator = iter(iterable)
    window = deque(it.islice(iterator, n - 1), maxlen=n)
    for x in iterator:
        window.append(x)
        yield tuple(window)
def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = it.cycle(iter(i).__next__ for i in iterables)
    while num_active:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            num_active -= 1
            nexts = it.cycle(it.islice(nexts, num_active))
def unique_everseen(iterable, key=None):
    seen = set()
    for e in iterable:
        k = e if key is None else key(e)
        if k not in seen:
            seen.add(k)
            yield e
def partition(pred, iterable):
    t1, t2 = it.tee(iterable)
    return list(it.filterfalse(pred, t1)), list(filter(pred, t2))
def powerset(iterable):
    s = list(iterable)
    return it.chain.from_iterable(it.combinations(s, r) for r in range(len(s) + 1))
def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return it.zip_longest(*args, fillvalue=fillvalue)
def batched(iterable, n):
    i = iter(iterable)
    while batch := tuple(it.islice(i, n)):
        yield batch
def nth(iterable, n, default=None):
    return next(it.islice(iterable, n, None), default)
def quantify(iterable, pred=bool):
    return sum(map(pred, iterable))
def iter_except(func, exception):
    try:
        while True:
            yield func()
    except exception:
        pass
print(take(5, it.count(10, 3)), list(it.pairwise('abcde')), list(sliding_window(range(6), 3)))
print(list(roundrobin('ABC', 'D', 'EF')), list(unique_everseen('AAAABBBCCDAABBB')), list(unique_everseen('ABBcCAD', str.lower)))
print(partition(lambda x: x % 2, range(10)), list(powerset([1, 2, 3])))
print(list(grouper('ABCDEFG', 3, 'x')), list(batched(range(10), 4)), nth(range(10), 3), nth(range(3), 5, 'dflt'))
print(quantify([1, 0, 2, 0, 3]), quantify(range(10), lambda x: x > 6), list(iter_except([1, 2, 3].pop, IndexError)))
print(list(it.accumulate([3, 4, 6, 2, 1, 9, 0, 7, 5, 8], max)), list(it.accumulate([1, 2, 3, 4], operator.mul)), list(it.accumulate([1, 2, 3], initial=100)))
print(list(it.starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(it.compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print([(k, list(g)) for k, g in it.groupby(sorted('mississippi'))], [(k, len(list(g))) for k, g in it.groupby([1, 1, 2, 3, 3, 3], key=lambda x: x % 2)])
print(list(it.product('ab', range(2), repeat=1)), len(list(it.product(range(3), repeat=3))), list(it.permutations('abc', 2)))
print(list(it.combinations_with_replacement('abc', 2)), list(it.zip_longest([1, 2, 3], 'ab', fillvalue='-')))
print(list(it.chain([1], (2, 3), 'ab')), list(it.chain.from_iterable(['xy', 'z'])), take(7, it.cycle('ab')), list(it.repeat('r', 3)))
print(list(it.islice('abcdefg', 1, None, 2)), list(it.islice(range(100), 95, 200)), list(map(operator.itemgetter(1), it.islice(enumerate('hello'), 3))))
a, b, c = it.tee(range(4), 3)
print(list(a), list(zip(b, c)))
flatten = lambda lol: list(it.chain.from_iterable(lol))
print(flatten([[1, 2], [3], [], [4, 5]]), sum(1 for _ in it.combinations(range(20), 3)))
def all_equal(iterable):
    g = it.groupby(iterable)
    return next(g, True) and not next(g, False)
print(all_equal('aaaa'), all_equal('aaba'), all_equal(''))
print(list(it.filterfalse(None, [0, 1, '', 'x', None, [], [0]])))
