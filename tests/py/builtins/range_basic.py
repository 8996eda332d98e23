# range objects: len, indexing, membership, repr, equality.
rs = [range(5), range(2, 10), range(0, 20, 3), range(10, 0, -2), range(5, 5), range(5, 0), range(-5, 5, 4),
      range(0, -10, -3), range(1, 2, 100)]
for r in rs:
    print(repr(r), len(r), list(r), bool(r))
r = range(0, 20, 3)
print(r[0], r[-1], r[2], r[-2], r.start, r.stop, r.step, r.index(9), r.count(9), r.count(10))
print(9 in r, 10 in r, 18 in r, 21 in r, -3 in r, 9.0 in r, "9" in r)
try:
    r[7]
except IndexError as e:
    print("IndexError:", e)
try:
    r.index(10)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
print(range(0) == range(2, 2), range(0, 3) == range(0, 3, 1), range(0, 5, 2) == range(0, 6, 2), range(3) == [0, 1, 2])
mid = range(10 ** 9)
print(mid[-1], mid[10 ** 8], 10 ** 8 in mid, mid.index(12345), len(mid))
print(range(-3, 3)[::-1], list(range(-3, 3))[::-1], range(10)[2:8:2], range(10)[::-3])
print(sum(range(101)), max(range(7)), min(range(3, 9)), sorted(range(5, 0, -1)), tuple(range(3)))
print(hash(range(3)) == hash(range(0, 3)), {range(3): "r"}[range(0, 3, 1)])
print(str(range(1, 4)), f"{range(3)}", [range(2)], type(range(1)).__name__)
