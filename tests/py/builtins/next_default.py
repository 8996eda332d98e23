# next() with and without default.
it = iter("ab")
print(next(it), next(it, "x"), next(it, "x"), next(it, None))
g = (i * i for i in range(3))
print(next(g), next(g), next(g), next(g, "exhausted"))
try:
    next(g)
except StopIteration:
    print("StopIteration raised")
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    next(iter([]))
except StopIteration as e:
    print("empty:", repr(e))
def gen():
    yield 1
    return "retval"
g2 = gen()
print(next(g2))
try:
    next(g2)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
print(next(iter({"k": 1})), next(iter({5})), next(iter(range(7, 9))), next(reversed("xyz")))
print(next((x for x in range(100) if x > 41), -1), next((x for x in [] if x), "none found"))
first_even = next(filter(lambda n: n % 2 == 0, [1, 3, 6, 7, 8]))
print(first_even)
m = map(str.upper, "hi")
print(next(m), next(m), next(m, ""))
try:
    next(iter("a"), 1, 2)
except TypeError as e:
    print("TypeError:", e)
class Five:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 5:
            raise StopIteration
        return self.i
f = Five()
print([next(f) for _ in range(3)], next(f, 0), next(f, 0), next(f, 0))
