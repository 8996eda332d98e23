# Unpacking: starred targets in every position, nested targets, unpacking from generators/strings/
# dicts, errors with their counts, starred in calls and literals, dict merging order.
a, *b, c = range(6); print(a, b, c)
*a, b = 'xy'; print(a, b)
a, *b = [1]; print(a, b)
(a, b), [c, *d], e = (1, 2), 'xyz', {'k': 1}; print(a, b, c, d, e)
first, *_, last = (i * i for i in range(5)); print(first, last)
for x, (y, *z) in [(1, (2, 3, 4)), (5, (6,))]: print(x, y, z)
for bad, tgt in [((1, 2, 3), 2), ((1,), 2), ([], 1)]:
    try:
        p, q = bad
    except ValueError as e: print(e)
try:
    a, b, *c = [1]
except ValueError as e: print(e)
try:
    a, b = 5
except TypeError as e: print(e)
def f(*args, **kw): return args, kw
print(f(*[1, 2], *'ab', **{'x': 1}, **{'y': 2}), f(*(), **{}), [*range(3), *'ab', *{1: 2}], {*'aab', *[1]} == {'a', 'b', 1})
print({**{'a': 1, 'b': 2}, 'b': 3, **{'a': 4}}, (*'ab',), [*[], *[]])
try: f(**{'x': 1}, **{'x': 2})
except TypeError as e: print(e)
try: f(**{1: 2})
except TypeError as e: print(e)
try: f(*5)
except TypeError as e: print(e)
try: f(**[1])
except TypeError as e: print(e)
k, v = next(iter({'key': 'val'}.items())); print(k, v)
x = y = [1, 2]; x += [3]; print(y)
i, L = 0, [10, 20]
i, L[i] = 1, 99; print(i, L)
s = 'a1b2'; (c1, d1), (c2, d2) = s[:2], s[2:]; print(c1, d1, c2, d2)
m, n = n, m = 1, 2; print(m, n)
print([(p, q) for p, *q in ['ab', 'cde', 'f']])
