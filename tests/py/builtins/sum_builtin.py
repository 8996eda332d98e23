# sum() with start values, floats, big ints and errors.
print(sum([]), sum([1, 2, 3]), sum(range(101)), sum([1, 2], 10), sum([], 5), sum((0.5, 0.25)))
print(sum([0.1] * 10), sum([0.1, 0.2, 0.3]), sum([1e100, 1, -1e100]), sum([1, 2.5]), sum([True, True, 3]))
print(sum([2 ** 64, 2 ** 64]), sum(range(10 ** 6)), sum(x * x for x in range(10)), sum([-(2 ** 70), 1]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([[1]], [0]))
print(sum([1, 2], start=100), sum([], start=1), sum(iter([4, 5]), start=-9))
print(type(sum([])).__name__, type(sum([1.0])).__name__, type(sum([True])).__name__, type(sum([1, 2.0])).__name__)
for bad in (["a", "b"], [1, "a"], [[1], 2]):
    try:
        sum(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    sum([b"a"], b"")
except TypeError as e:
    print("TypeError:", e)
try:
    sum(5)
except TypeError as e:
    print("TypeError:", e)
print(sum(float(i) for i in range(5)), sum([float("inf"), 1]), sum([float("inf"), float("-inf")]))
print(sum([0.1] * 3, 0.0) == 0.3, sum([1e16, 1.0, 1.0]), sum([1.0, 1e16, -1e16]))
class Money:
    def __init__(self, c):
        self.c = c
    def __add__(self, other):
        return Money(self.c + (other.c if isinstance(other, Money) else other))
    __radd__ = __add__
print(sum([Money(5), Money(7)]).c, sum([Money(1)], Money(10)).c)
print(sum(d["v"] for d in [{"v": 1}, {"v": 2}]), sum({1: "a", 2: "b"}), sum({3, 4}))
