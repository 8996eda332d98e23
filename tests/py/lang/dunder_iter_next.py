# Iterator protocol: __iter__ and __next__
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        return CountdownIter(self.start)
class CountdownIter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

c = Countdown(3)
print(list(c), list(c))
for v in c:
    print("v", v)
it = iter(c)
print(next(it), next(it), next(it), next(it, "done"))
print(iter(it) is it)

class GenIter:
    def __init__(self, data):
        self.data = data
    def __iter__(self):
        for d in self.data:
            yield d * 2
print(list(GenIter([1, 2, 3])), sum(GenIter(range(5))))
print(max(GenIter([4, 9, 2])), 18 in GenIter([9]))

class OneShot:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration
        return self.i
o = OneShot()
print(list(o), list(o))
print(dict(zip(Countdown(3), "abc")))
print(list(enumerate(Countdown(2), start=10)))
class NotIter:
    pass
try:
    iter(NotIter())
except TypeError as e:
    print("TypeError:", e)
try:
    for x in 5:
        pass
except TypeError as e:
    print("TypeError:", e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
x, y, z = Countdown(3)
print(x, y, z)
print(*Countdown(4))
