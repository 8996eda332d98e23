# Order of the results of set algebra: which operand is scanned, copy-then-update, the
# dummy purge of difference_update, in-place forms, multi-argument methods.
def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) % 2147483648
        yield seed

gen = lcg(7)
def rand_set(n, spread):
    return {next(gen) % spread for _ in range(n)}

sizes = [(2, 5), (5, 2), (8, 40), (40, 8), (30, 30), (3, 90), (90, 3), (1, 1), (0, 7)]
for na, nb in sizes:
    for spread in (20, 300, 10 ** 6):
        a, b = rand_set(na, spread), rand_set(nb, spread)
        print(na, nb, spread)
        print("  |", a | b, b | a, a.union(list(b)), a.union(b, [spread + 5]))
        print("  &", a & b, b & a, a.intersection(list(b)), a.intersection(iter(list(b)), b))
        print("  -", a - b, b - a, a.difference(list(b)), a.difference(dict.fromkeys(b)), a.difference(b, [1, 2]))
        print("  ^", a ^ b, b ^ a, a.symmetric_difference(list(b)), a.symmetric_difference(dict.fromkeys(b)))
        c = set(a); c |= b; print("  |=", c)
        c = set(a); c &= b; print("  &=", c)
        c = set(a); c -= b; print("  -=", c)
        c = set(a); c ^= b; print("  ^=", c)
        c = set(a); c.update(list(b), range(3)); print("  update", c)
        c = set(a); c.intersection_update(list(b)); print("  i_update", c)
        c = set(a); c.difference_update(list(b), {0}); print("  d_update", c)
        c = set(a); c.symmetric_difference_update(list(b)); print("  s_update", c)
        c = set(a); c.difference_update(set(range(0, spread, 2))); print("  big d_update", c)
        print("  rel", a <= b, a < b, a >= b, a > b, a == b, a.isdisjoint(b), a.issubset(list(b)), a.issuperset(list(b)))
        fa = frozenset(a)
        print("  frozen", fa | b, fa & b, fa - b, fa ^ b, hash(fa) == hash(frozenset(list(a))))
