# Reflected operators __radd__ etc. and NotImplemented fallback order
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __add__(self, other):
        print("__add__", other)
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    def __radd__(self, other):
        print("__radd__", other)
        return self.__add__(other)
    def __rsub__(self, other):
        print("__rsub__", other)
        return Money(other - self.cents)
    def __rmul__(self, k):
        print("__rmul__", k)
        return Money(self.cents * k)
    def __rtruediv__(self, k):
        return k / self.cents
    def __rpow__(self, base):
        return base ** self.cents
    def __rmod__(self, other):
        return other % self.cents
    def __rfloordiv__(self, other):
        return other // self.cents
    def __rlshift__(self, other):
        return other << self.cents
    def __rand__(self, other):
        return other & self.cents

m = Money(50)
print(m + 5)
print(5 + m)
print(100 - m)
print(3 * m)
print(sum([Money(1), Money(2), Money(3)]))
print(100 / Money(8), 2 ** Money(10), 17 % Money(5), 17 // Money(5), 1 << Money(4), 7 & Money(3))
try:
    print(m + "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print("x" + m)
except TypeError as e:
    print("TypeError:", e)

class Base:
    def __add__(self, other):
        return "Base.__add__"
    def __radd__(self, other):
        return "Base.__radd__"
class Derived(Base):
    def __radd__(self, other):
        return "Derived.__radd__"
print(Base() + Derived())
print(Derived() + Base())
print(Base() + Base())
class OnlyR:
    def __radd__(self, other):
        return f"OnlyR.__radd__({other!r})"
print([1] + OnlyR() if False else 1 + OnlyR())
print("s" + OnlyR())
try:
    OnlyR() + 1
except TypeError as e:
    print("TypeError:", e)
class Both:
    def __add__(self, o):
        return NotImplemented
    def __radd__(self, o):
        return NotImplemented
try:
    Both() + Both()
except TypeError as e:
    print("TypeError:", e)
