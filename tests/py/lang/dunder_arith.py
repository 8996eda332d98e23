# Arithmetic dunders on a user class
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"V({self.x}, {self.y})"
    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, V):
            return self.x * k.x + self.y * k.y
        return V(self.x * k, self.y * k)
    def __truediv__(self, k):
        return V(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return V(self.x // k, self.y // k)
    def __mod__(self, k):
        return V(self.x % k, self.y % k)
    def __pow__(self, k):
        return V(self.x ** k, self.y ** k)
    def __neg__(self):
        return V(-self.x, -self.y)
    def __pos__(self):
        return V(+self.x, +self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __invert__(self):
        return V(self.y, self.x)
    def __matmul__(self, o):
        return self.x * o.y - self.y * o.x
    def __and__(self, o):
        return V(self.x & o.x, self.y & o.y)
    def __or__(self, o):
        return V(self.x | o.x, self.y | o.y)
    def __xor__(self, o):
        return V(self.x ^ o.x, self.y ^ o.y)
    def __lshift__(self, n):
        return V(self.x << n, self.y << n)
    def __rshift__(self, n):
        return V(self.x >> n, self.y >> n)
    def __divmod__(self, k):
        return (self // k, self % k)

a, b = V(3, 4), V(1, 2)
print(a + b, a - b, a * 2, a * b)
print(a / 2, a // 2, a % 2, a ** 2)
print(-a, +a, abs(a), ~a)
print(a @ b, a & b, a | b, a ^ b)
print(a << 2, V(16, 32) >> 3, divmod(V(7, 9), 4))
print(a + b * 2 - V(1, 1))
try:
    a + 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    a < b
except TypeError as e:
    print("TypeError:", e)
try:
    1 + a
except TypeError as e:
    print("TypeError:", e)
class NoNeg:
    pass
try:
    -NoNeg()
except TypeError as e:
    print("TypeError:", e)
try:
    NoNeg() * 2
except TypeError as e:
    print("TypeError:", e)
print(sum([V(1, 1), V(2, 2)], V(0, 0)))
