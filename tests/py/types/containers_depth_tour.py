# Containers in depth: dict view set algebra and reversal, mutation during iteration errors,
# set update family, list slicing edge cases, += aliasing, tuple-in-place pitfalls, zip/sort keys.
d = {'a': 1, 'b': 2, 'c': 3}
k, v, it = d.keys(), d.values(), d.items()
print(k & {'a', 'z'} == {'a'}, sorted(k | {'z'}), sorted(k - {'a'}), sorted(k ^ {'a', 'q'}), ('a', 1) in it, sorted(it - {('a', 1)}), k.isdisjoint({'x'}), len(v), list(reversed(k)), list(reversed(it)))
d['d'] = 4; print(list(k), 4 in v, repr(k), repr(it)[:25], k == {'a', 'b', 'c', 'd'}, v == v, it <= {('a', 1), ('b', 2), ('c', 3), ('d', 4), ('e', 5)})
try:
    for key in d: d['new'] = 1
except RuntimeError as e: print('RuntimeError', e)
d.pop('new', None)
try:
    for key in d: del d[key]
except RuntimeError as e: print('RuntimeError', e)
print(d, dict(sorted({'b': 1, 'a': 2}.items())), {k: v for k, v in sorted(d.items(), key=lambda kv: -kv[1])})
print(frozenset({1, 2}) == {1, 2}, hash(frozenset({1, 2})) == hash(frozenset({2, 1})), {frozenset({1}): 'x'}[frozenset([1])], {1, 2} | frozenset({3}), type(frozenset({1}) | {2}).__name__, type({2} | frozenset({1})).__name__)
s = {3, 1, 2}; s2 = s.copy(); s2.add(9); s.update([4], (5,)); s.intersection_update({1, 2, 3, 4, 9}); s.difference_update({4}); s.symmetric_difference_update({1, 7})
print(sorted(s), sorted(s2), s.issubset(range(10)), s >= {2}, s > s, min(s), set('aab') == {'a', 'b'}, sorted(set.union({1}, {2}, [3])), sorted({1, 2, 3}.difference([1], (2,))))
l = [3, 1, 4, 1, 5, 9, 2, 6]
print(l.index(1, 2), l.count(1), sorted(l, key=lambda x: -x)[:3], l[::-3], l[-100:2], l[5:1:-1], l[::0] if False else 'skip', max(l, key=lambda x: x % 5), min(l, default=0))
l2 = l[:]; l2.sort(reverse=True); l2[1:3] = []; l2.extend(range(2)); l2 += 'ab'; print(l2, l2 * 0, [] * 3, [[0] * 2] * 2)
a = [1, 2, 3]; b = a; a += [4]; print(b); a = a + [5]; print(b, a)
t = (1, [2, 3])
try: t[1] += [4]
except TypeError as e: print('TypeError', e, t)
print((1, 2) + (3,), (1,) * 3, tuple('ab'), (1, 2) < (1, 2, 0), (2,) > (1, 9), tuple(sorted((3, 1, 2))), (1, 2).index(2), divmod(7, 2) == (3, 1))
x = [1, 2]; x[5:] = [9]; print(x); x[:0] = [0]; print(x); x[1:1] = 'ab'; print(x); del x[::2]; print(x)
nested = [[1, 2], [3, [4, [5]]]]; import copy; c = copy.deepcopy(nested); c[1][1][1].append(6); print(nested, c, nested == c)
print(list(zip(*[[1, 2, 3], [4, 5, 6]])), [list(r) for r in zip(*[[1, 2], [3, 4], [5, 6]])], dict(zip('abc', range(3))), list(map(sum, zip([1, 2], [3, 4]))))
print(sorted([('b', 2), ('a', 2), ('c', 1)], key=lambda p: (p[1], p[0])), sorted(['B', 'a', 'C'], key=str.casefold), sorted([-3, 2, -1], key=abs), sorted([[], [1], [0, 0]], key=len))
print(str([1.0, 'a', None, True, (1,), {1: 2}, {1}, frozenset(), b'x', 1j, range(2)]))
