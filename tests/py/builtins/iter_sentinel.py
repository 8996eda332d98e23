# iter(callable, sentinel) and iter() of various objects.
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)))
print(counter)
data = ["a", "b", "", "c"]
pos = [0]
def read():
    v = data[pos[0]]
    pos[0] += 1
    return v
print(list(iter(read, "")), pos)
it = iter([1, 2])
print(next(it), next(it), next(it, "sentinel"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.args)
print(type(iter([])).__name__, type(iter(())).__name__, type(iter(range(1))).__name__)
print(type(iter({})).__name__, type(iter(set())).__name__, type(iter(b"")).__name__)
for bad in (5, None, 1.5):
    try:
        iter(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    iter(5, 1)
except TypeError as e:
    print("TypeError:", e)
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(4)), list(iter(Countdown(2))))
c = Countdown(3)
print(iter(c) is c)
class Legacy:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i * i
print(list(iter(Legacy())), [x for x in Legacy()])
vals = iter(range(10))
print(list(iter(lambda: next(vals), 4)))
print(list(vals))
