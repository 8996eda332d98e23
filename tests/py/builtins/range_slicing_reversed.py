# Slicing and reversing ranges produces ranges.
r = range(3, 30, 4)
print(list(r))
for s in [slice(None), slice(2, 5), slice(None, None, -1), slice(1, None, 2), slice(-3, None), slice(5, 1, -2),
          slice(100, 200), slice(-100, 2), slice(None, None, 3), slice(6, -8, -1)]:
    sub = r[s]
    print(s, sub, list(sub), list(sub) == list(r)[s])
print(reversed(range(5)).__class__.__name__, list(reversed(range(5))), list(reversed(range(2, 11, 3))))
print(list(reversed(range(0))), list(reversed(range(10, 0, -3))), list(reversed(range(-1, -8, -2))))
rv = reversed(range(3))
print(next(rv), next(rv), next(rv), next(rv, "end"))
n = range(-10, 10, 7)
print(n, list(n), n[::-1], list(n[::-1]), n[1:][::-1])
big = range(0, 10 ** 18, 10 ** 17)
print(big[::-1], big[3:5], big[-1], list(big[::3]))
print(range(10)[-1:-11:-1], range(10)[8:2:-2], list(range(10)[8:2:-2]))
empty = range(5)[3:1]
print(empty, len(empty), list(empty))
for i, v in enumerate(range(100, 90, -3)):
    print(i, v, end="; ")
print()
print([x for x in range(20)[::5]], [range(4)[i] for i in range(-4, 4)])
try:
    range(5)[::0]
except ValueError as e:
    print("ValueError:", e)
