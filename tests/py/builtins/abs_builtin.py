# abs() of ints, floats, bools, big ints and custom objects.
print(abs(5), abs(-5), abs(0), abs(-0), abs(True), abs(False), type(abs(True)).__name__)
print(abs(2.5), abs(-2.5), abs(-0.0), abs(0.0), abs(float("-inf")), abs(float("nan")), abs(-1e-320))
print(abs(-(2 ** 100)), abs(2 ** 100), abs(-(10 ** 30) + 1), abs(-(2 ** 63)), abs(-(2 ** 31)))
print(abs(-7) + abs(-8.5), abs(-7) - abs(8.5), abs(-True))
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
print(abs(V(3, 4)), abs(V(-5, 12)))
for bad in ("-1", None, [1]):
    try:
        abs(bad)
    except TypeError as e:
        print("TypeError:", e)
print([abs(x) for x in range(-3, 4)], sorted([-5, 3, -1, 2], key=abs), max([-9, 4], key=abs))
print(abs(-5) == 5, abs(-5.0) == 5, abs(-0.5) + abs(0.5), abs(7 - 10), abs(10 - 7))
print(abs(-2 ** 2), abs((-2) ** 3), abs(-1 / 3), abs(1 - 1.1))
print(sum(abs(a - b) for a, b in zip([1, 5, 9], [4, 2, 9])))
x = -12
x = abs(x)
print(x, -abs(-x), abs(abs(-x)))
