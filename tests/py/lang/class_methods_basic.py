# Instance methods, bound methods, self, methods calling methods
class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def length_sq(self):
        return self.x * self.x + self.y * self.y
    def scale(self, k):
        return Vector(self.x * k, self.y * k)
    def add(self, other):
        return Vector(self.x + other.x, self.y + other.y)
    def as_tuple(self):
        return (self.x, self.y)
    def normalized_sq(self):
        return self.scale(2).length_sq() / 4

v = Vector(3, 4)
print(v.length_sq(), v.scale(2).as_tuple(), v.add(Vector(1, 1)).as_tuple())
print(v.normalized_sq())
m = v.length_sq
print(m(), type(m).__name__)
print(m.__self__ is v, m.__func__ is Vector.length_sq)
print(Vector.length_sq(v))
print(Vector.as_tuple(Vector(7, 8)))
methods = [v.as_tuple, Vector(0, 1).as_tuple]
print([f() for f in methods])
class Chain:
    def __init__(self):
        self.ops = []
    def push(self, x):
        self.ops.append(x)
        return self
    def result(self):
        return self.ops
print(Chain().push(1).push(2).push(3).result())
class Shadow:
    def method(self):
        return "class method"
s = Shadow()
s.method = lambda: "instance attribute"
print(s.method(), Shadow().method())
del s.method
print(s.method())
def external(self, n):
    return self.x * n
Vector.times = external
print(v.times(10))
bm1 = v.as_tuple
bm2 = v.as_tuple
print(bm1 == bm2, bm1 is bm2)
class Acc:
    def __init__(self):
        self.items = []
    def add(self, *xs):
        for x in xs:
            self.items.append(x)
        return len(self.items)
a = Acc()
print(a.add(1, 2), a.add(), a.add(*range(3)), a.items)
print(getattr(a, "add")(9), a.items[-1])
