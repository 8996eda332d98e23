# list and tuple: comparison (lexicographic, mixed lengths), concatenation and repetition,
# index/count with bounds, in-place ops aliasing, copy/clear, slicing assignment growth/shrink,
# sort with key errors leaving the list intact, hashing tuples with unhashable items.
print([1, 2] < [1, 2, 0], (1, 3) > (1, 2, 9), [] < [0], (1, 'a') < (1, 'b'), [1, 2] == [1, 2.0], (1,) + (2,), [0] * 3, 3 * (1,))
l = [3, 1, 2, 3, 3]
print(l.index(3), l.index(3, 1), l.index(3, -2), l.count(3), (1, 2, 1).index(1, 1), (1, 2).count(3))
a = [1]; b = a; a += [2]; print(b); a = a + [3]; print(b, a); t = (1,); u = t; t += (2,); print(u, t)
c = l.copy(); c.clear(); print(l, c)
m = list(range(10)); m[2:5] = 'ab'; print(m); m[1:1] = [99, 98]; print(m); m[::3] = [0] * len(m[::3]); print(m); m[:] = []; print(m)
n = [5, 'a', 3]
try: n.sort()
except TypeError as e: print(e, n)
try: n.sort(key=lambda v: 1 / 0)
except ZeroDivisionError as e: print(e, n)
try: hash((1, [2]))
except TypeError as e: print(e)
print(hash((1, (2, 'x'))) == hash((1, (2, 'x'))), list(reversed((1, 2, 3))), sorted((3, 1, 2)), tuple('ab'), list({'a': 1}), tuple(range(0)))
o = [1, 2, 3, 4, 5]; del o[::2]; print(o); o.extend(o); print(o); o.insert(-100, 'front'); o.insert(100, 'back'); print(o)
print([1, [2, 3]].__contains__([2, 3]), [[]] * 2, len([[]] * 0), [1, 2, 3][::-1], (1, 2, 3)[-1:-4:-1], [x for x in (1, 2)][5:], [] == (), list((1,)) == [1])
p = [[0] * 2] * 2; p[0][0] = 1; print(p); q = [[0] * 2 for _ in range(2)]; q[0][0] = 1; print(q)
print(max([(1, 'b'), (1, 'a')]), min([[2], [1, 9]]), sum([[1], [2]], start=[]), [1, 2].__add__([3]), (1, 2).__mul__(2), [1] * -1, (0,) * 0)
