# itertools.count, cycle, repeat: values, reprs, steps of several numeric types.
from itertools import count, cycle, repeat, islice

print(list(islice(count(), 5)))
print(list(islice(count(10, -3), 4)))
print(list(islice(count(0.5, 0.25), 4)))
print(list(islice(count(2**62, 2**61), 3)))
c = count(5)
next(c); next(c)
print(repr(c), repr(count(1, 2)), repr(count(1.5)), repr(count(0, 1.0)), repr(count(step=3)))
class Num:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
    def __add__(self, other): return Num(self.v + (other.v if isinstance(other, Num) else other))
    def __repr__(self): return f'Num({self.v})'
print(list(islice(count(Num(1), Num(10)), 3)), repr(count(Num(2))))

cy = cycle('abc')
print(''.join(next(cy) for _ in range(8)))
print(list(cycle([])))
def gen():
    print('gen start')
    yield 1
    yield 2
    print('gen end')
cg = cycle(gen())
print([next(cg) for _ in range(5)])

r = repeat('x', 3)
print(repr(r), r.__length_hint__(), list(r), repr(r), r.__length_hint__())
print(list(repeat(None, 0)), list(repeat(1, -5)), repr(repeat([1, 2])))
print(list(map(pow, range(5), repeat(2))))
print(list(zip(range(3), repeat('y'))))
for bad in [lambda: count('a'), lambda: count(1, []), lambda: repeat(), lambda: repeat(1, 2.5), lambda: cycle(),
            lambda: len(repeat(1)), lambda: repeat(1).__length_hint__(), lambda: count(1, 2, 3)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(type(count()).__name__, count.__module__, count.__qualname__, repr(count))
