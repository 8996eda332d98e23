# In-place operators __iadd__ etc. and fallback to binary ops
class Bag:
    def __init__(self, items):
        self.items = list(items)
    def __iadd__(self, other):
        print("__iadd__")
        self.items.extend(other)
        return self
    def __add__(self, other):
        print("__add__")
        return Bag(self.items + list(other))
    def __isub__(self, other):
        print("__isub__")
        for o in other:
            self.items.remove(o)
        return self
    def __imul__(self, k):
        print("__imul__")
        self.items = self.items * k
        return self
    def __repr__(self):
        return f"Bag({self.items})"

b = Bag([1, 2])
alias = b
b += [3]
print(b, alias, b is alias)
b -= [1]
print(b)
b *= 2
print(b, b is alias)
c = b + [9]
print(c, c is b)

class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("OnlyAdd.__add__")
        return OnlyAdd(self.v + o)
x = OnlyAdd(1)
y = x
x += 5
print(x.v, y.v, x is y)

class ReturnsOther:
    def __iadd__(self, o):
        return "replaced"
r = ReturnsOther(); r += 1; print(r)

class NotImpl:
    def __iadd__(self, o):
        print("NotImpl.__iadd__")
        return NotImplemented
    def __add__(self, o):
        print("NotImpl.__add__")
        return "from add"
n = NotImpl()
n += 1
print(n)
class Counter:
    def __init__(self):
        self.n = 0
    def __ipow__(self, k):
        self.n = 2 ** k
        return self
    def __ifloordiv__(self, k):
        self.n //= k
        return self
c = Counter()
c **= 10; print(c.n)
c //= 3; print(c.n)
lst = [[1], [2]]
lst[0] += [10]
print(lst)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print("TypeError:", e, t)
