# range with bounds beyond 64 bits: the arbitrary-precision representation and longrange_iterator
big = 1 << 100
r = range(big)
print(r, type(iter(r)).__name__, bool(r), r.start, r.stop, r.step)
try:
    len(r)
except OverflowError as e:
    print("OverflowError", e)
print(r[5], r[-1], r[-big], big - 1 in r, big in r, r.index(7), r.count(big - 1))
print(list(range(big, big + 5)), list(reversed(range(big, big + 10, 3))))
it = iter(range(big, big + 3)); print(next(it), it.__length_hint__())
print(r[::2], r[big-3:], r[::-1], len(r[big - 5:]))
print(range(-2**63, 2**63 - 1)[10], hash(range(big)) == hash(range(0, big, 1)), range(big) == range(0, big))
print(range(0, big, 7)[3:10:2], list(range(0, big, 7)[3:10:2]))
print(3.0 in range(big), 2.5 in range(10))
print(type(iter(range(10))).__name__, list(reversed(range(-2**63, -2**63 + 3))))
for i in range(2**63 - 2, 2**63 + 2): print(i)
try:
    range(1, 2, 0)
except ValueError as e: print(e)
try:
    range(1.5)
except TypeError as e: print(e)
try:
    r[big]
except IndexError as e: print(e)
class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print(range(I(big), I(big + 10), I(3)), list(range(I(2), I(9), I(3))))
print(range(big)[I(4)], range(big)[I(-1)])
print(list(range(2**64, 2**64 + 30, 7)[::-1]), range(2**64)[2**63:][:3])
print(range(0, -big, -1)[big - 1], range(0, -big, -1).index(-5))
print(sorted({range(big): 1, range(0, big): 2}.values()))
print(range(10**30, 10**30 + 5) == range(10**30, 10**30 + 5, 2), range(big, big) == range(0))
print(hash(range(big, big)) == hash(range(0)), hash(range(big, big + 1)) == hash(range(big, big + 1, 5)))
