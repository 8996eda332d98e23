# range objects: iteration, indexing, slicing, membership, len
r = range(10)
print(r, list(r), len(r), r[0], r[-1], r[3])
print(list(range(2, 20, 3)), list(range(10, 0, -2)), list(range(5, 5)), list(range(5, 0)))
print(range(0, 10, 2)[1:3], list(range(0, 10, 2)[::-1]), range(10)[::-1])
print(3 in r, 10 in r, -1 in r, 4 in range(0, 10, 2), 5 in range(0, 10, 2), 2.0 in r)
print(r.index(7), range(1, 100, 7).count(15), range(1, 100, 7).index(15))
print(len(range(0, 100, 7)), len(range(100, 0, -7)), len(range(0)), len(range(-5, 5)))
print(range(5) == range(0, 5), range(0) == range(2, 2), range(1, 5, 2) == range(1, 6, 2))
print(r.start, r.stop, r.step, range(1, 2, 3).step)
big = range(10 ** 18)
print(len(big), big[-1], 10 ** 17 in big, big[10 ** 17])
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    r[10]
except IndexError as e:
    print("IndexError:", e)
try:
    r.index(11)
except ValueError as e:
    print("ValueError:", e)
try:
    range("3")
except TypeError as e:
    print("TypeError:", e)
total = 0
for i in range(-3, 4):
    total += i
print(total, sum(range(101)), max(range(7)), min(range(3, 9)))
print(list(reversed(range(4))), sorted(range(3), reverse=True), list(enumerate(range(3, 6))))
print(bool(range(0)), bool(range(1)), list(zip(range(3), range(10, 13))))
it = iter(range(3))
print(next(it), next(it), next(it), next(it, "stop"))
print(hash(range(3)) == hash(range(3)), {range(2): "r"}[range(0, 2)])
print([i * i for i in range(1, 6)], list(range(-10, -30, -5)))
print(range(3, 10, 2)[1], range(10, 3, -2)[-1], list(range(10)[2:8:2]))
