# product, permutations, combinations, combinations_with_replacement: order, edge cases, errors.
from itertools import product, permutations, combinations, combinations_with_replacement as cwr
from math import comb, factorial, perm

print(list(product('ab', range(2))), list(product(range(2), repeat=3))[:5])
print(list(product()), list(product(repeat=2)), list(product([1, 2], [])), list(product('ab', repeat=0)))
print(len(list(product(range(3), range(4), range(2)))))
print(list(permutations(range(3))), list(permutations('ABCD', 2))[:6])
print(list(permutations([], 0)), list(permutations([1], 2)), list(permutations([1, 2], 0)), list(permutations('ab', None)))
print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)), list(combinations([], 0)), list(combinations([1], 2)))
print(list(cwr('ABC', 2)), list(cwr([], 0)), list(cwr([], 1)), list(cwr('a', 3)))
for n in range(6):
    for r in range(7):
        assert len(list(permutations(range(n), r))) == (perm(n, r) if r <= n else 0)
        assert len(list(combinations(range(n), r))) == comb(n, r)
        assert len(list(cwr(range(n), r))) == (comb(n + r - 1, r) if n else (1 if r == 0 else 0))
        assert list(combinations(range(n), r)) == sorted(set(tuple(sorted(p)) for p in permutations(range(n), r)))
print('counts ok')
p = product([1, 2], repeat=2)
a = next(p)
b = next(p)
print(a, b, a is b)
src = iter([3, 1, 2])
c = combinations(src, 2)
print(list(src), list(c))
for bad in [lambda: product(1), lambda: product([], repeat=-1), lambda: product([], x=1), lambda: product([], repeat='a'),
            lambda: permutations(), lambda: permutations([], -1), lambda: permutations([], 'a'), lambda: permutations([], 1, 2),
            lambda: combinations([]), lambda: combinations([], -1), lambda: combinations([], 'a'), lambda: combinations(1, 1),
            lambda: cwr([]), lambda: cwr([], -2), lambda: permutations([], 2**70)]:
    try:
        bad()
        print('no error')
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
