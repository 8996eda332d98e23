# set and frozenset: all operators and method forms with several arguments, in-place updates,
# subset/superset relations, frozenset hashing and as dict keys, comparisons with non-sets,
# errors, and iteration over sorted results (set order of ints).
a, b, c = {1, 2, 3, 4}, {3, 4, 5}, [4, 5, 6]
print(a | b, a & b, a - b, a ^ b, a.union(b, c), a.intersection(b, c), a.difference(b, c), a.symmetric_difference(c))
print(a <= a, a < a, {1} < a, a >= {1, 2}, a > b, a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint([9]), a == frozenset(a))
s = set(a); s |= b; print(s); s &= {1, 3, 5, 7}; print(s); s -= {1}; print(s); s ^= {5, 9}; print(s)
s.update([10], (11,)); s.intersection_update(range(20), [3, 9, 10, 11]); print(s)
s.difference_update([3]); s.symmetric_difference_update([9, 12]); print(s)
fs = frozenset([1, 2]); print(fs, hash(fs) == hash(frozenset([2, 1])), {fs: 'k'}[frozenset({1, 2})], fs | {3}, type(fs | {3}).__name__, type({3} | fs).__name__)
print(frozenset() == set(), frozenset('ab') == {'a', 'b'}, {frozenset(), frozenset([1])}, set([1, 1, 2]), frozenset(range(3)).copy())
for bad in [lambda: {1} | [2], lambda: {1} < [1], lambda: set().remove(1), lambda: set().pop(), lambda: {[]}, lambda: fs.add(3), lambda: set(5)]:
    try: bad()
    except (TypeError, KeyError, AttributeError) as e: print(type(e).__name__, e)
t = {5, 3, 1}; t.discard(3); t.discard(99); print(t, t.pop() in {1, 5}, len(t), t.copy() is not t, t.clear(), t)
print({1, 2} == [1, 2], {1, 2} != {2, 1}, sorted({3, 1, 2}), max({1, 9, 4}), sum({1.5, 2.5}), {x % 3 for x in range(10)}, set() == frozenset())
big = set(range(1000)); big -= set(range(0, 1000, 3)); print(len(big), min(big), max(big), 999 in big, 998 in big)
print(repr(set()), repr(frozenset()), repr({1}), repr(frozenset({1})), str({(1, 2)}), {1, 2, 3}.issubset({1, 2, 3}))
