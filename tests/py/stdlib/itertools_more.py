# itertools: product with repeat, permutations of r, combinations(_with_replacement) counts,
# accumulate with func/initial, groupby with key on unsorted data, tee independence, islice with
# steps, count with floats, cycle, repeat times, zip_longest fillvalue, pairwise, chain errors.
import itertools as it, operator, math
print(list(it.product('ab', repeat=2)), len(list(it.product(range(3), range(4), range(2)))), list(it.product()))
print(list(it.permutations('abc', 2)), len(list(it.permutations(range(5)))), list(it.permutations([], 0)), list(it.permutations('ab', 3)))
for n in range(5):
    for r in range(n + 2):
        assert len(list(it.combinations(range(n), r))) == math.comb(n, r)
        assert len(list(it.combinations_with_replacement(range(n), r))) == (math.comb(n + r - 1, r) if n else int(r == 0))
print(list(it.combinations('abcd', 3)), list(it.combinations_with_replacement('ab', 3)))
print(list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([1, 2, 3], initial=100)), list(it.accumulate([])), list(it.accumulate('abc')))
print([(k, list(g)) for k, g in it.groupby('aabbbacc')], [(k, len(list(g))) for k, g in it.groupby([1, 3, 2, 4, 5], key=lambda v: v % 2)])
a, b = it.tee(iter(range(5)), 2); next(a); next(a); print(list(b), list(a))
print(list(it.islice(range(20), 2, 15, 4)), list(it.islice('abc', None)), list(it.islice(it.count(), 3)), list(it.islice(it.count(0.5, 0.25), 4)))
print(list(it.islice(it.cycle('ab'), 5)), list(it.repeat('x', 3)), list(it.repeat(1, 0)), list(it.repeat(1, -1)))
print(list(it.zip_longest('ab', [1, 2, 3], fillvalue='-')), list(it.pairwise('abcd')), list(it.pairwise('a')), list(it.chain('ab', [1], ())))
print(list(it.starmap(operator.mul, [(2, 3), (4, 5)])), list(it.filterfalse(None, [0, 1, 2, ''])), list(it.compress(range(5), [1, 0, 1])))
g = it.groupby([1, 1, 2]); k1, g1 = next(g); k2, g2 = next(g); print(k1, list(g1), k2, list(g2))
for bad in [lambda: it.islice('a', -1), lambda: it.permutations('a', -1), lambda: list(it.chain(1)), lambda: it.repeat(), lambda: it.combinations('ab'), lambda: it.count('a')]:
    try: bad()
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
c = it.count(5); next(c); print(repr(c), repr(it.count(1.5, 2)), repr(it.repeat('a', 2)))
