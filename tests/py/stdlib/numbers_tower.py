# numbers ABCs: the numeric tower, builtin/Fraction/Decimal membership, registration, and a custom Integral.
import numbers
from fractions import Fraction
from decimal import Decimal

abcs = [numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral]
samples = [0, True, 2.5, 1j, Fraction(1, 3), Decimal("1.5"), "x", None, float("inf")]
for s in samples:
    print(repr(s).ljust(18), [a.__name__ for a in abcs if isinstance(s, a)])

for t in (int, bool, float, complex, Fraction, Decimal):
    print(t.__name__, [a.__name__ for a in abcs if issubclass(t, a)])

print(issubclass(numbers.Integral, numbers.Rational), issubclass(numbers.Real, numbers.Integral))
print(sorted(numbers.Integral.__abstractmethods__))
print(sorted(numbers.Complex.__abstractmethods__))
print(sorted(numbers.Real.__abstractmethods__ - numbers.Complex.__abstractmethods__))

class Celsius:
    def __init__(self, v): self.v = v
numbers.Real.register(Celsius)
print(isinstance(Celsius(3), numbers.Real), isinstance(Celsius(3), numbers.Complex),
      isinstance(Celsius(3), numbers.Number), isinstance(Celsius(3), numbers.Rational))

try:
    numbers.Integral()
except TypeError as e:
    print("TypeError", str(e).split(" with")[0])

class Nat(numbers.Integral):
    """A minimal concrete Integral built on an int."""
    def __init__(self, n): self.n = int(n)
    def __int__(self): return self.n
    def __index__(self): return self.n
    def __repr__(self): return f"Nat({self.n})"
    def __abs__(self): return Nat(abs(self.n))
    def __add__(self, o): return Nat(self.n + int(o))
    __radd__ = __add__
    def __and__(self, o): return Nat(self.n & int(o))
    __rand__ = __and__
    def __ceil__(self): return self.n
    def __floor__(self): return self.n
    def __trunc__(self): return self.n
    def __round__(self, nd=None): return self.n
    def __eq__(self, o): return self.n == int(o)
    def __hash__(self): return hash(self.n)
    def __floordiv__(self, o): return Nat(self.n // int(o))
    def __rfloordiv__(self, o): return Nat(int(o) // self.n)
    def __invert__(self): return Nat(~self.n)
    def __le__(self, o): return self.n <= int(o)
    def __lt__(self, o): return self.n < int(o)
    def __lshift__(self, o): return Nat(self.n << int(o))
    def __rlshift__(self, o): return Nat(int(o) << self.n)
    def __mod__(self, o): return Nat(self.n % int(o))
    def __rmod__(self, o): return Nat(int(o) % self.n)
    def __mul__(self, o): return Nat(self.n * int(o))
    __rmul__ = __mul__
    def __neg__(self): return Nat(-self.n)
    def __or__(self, o): return Nat(self.n | int(o))
    __ror__ = __or__
    def __pos__(self): return self
    def __pow__(self, o, m=None): return Nat(pow(self.n, int(o), m))
    def __rpow__(self, o): return Nat(int(o) ** self.n)
    def __rshift__(self, o): return Nat(self.n >> int(o))
    def __rrshift__(self, o): return Nat(int(o) >> self.n)
    def __truediv__(self, o): return self.n / int(o)
    def __rtruediv__(self, o): return int(o) / self.n
    def __xor__(self, o): return Nat(self.n ^ int(o))
    __rxor__ = __xor__

a = Nat(12)
print(a + 3, 3 + a, a * 2, a // 5, a % 5, a ** 2, a << 2, a >> 1, a & 10, a | 1, a ^ 5, -a, ~a)
print(float(a), complex(a), a.real, a.imag, a.numerator, a.denominator, a.conjugate())
print(divmod(a, 5), divmod(29, a) if hasattr(a, "__rdivmod__") else None)
print(isinstance(a, numbers.Rational), [10, 20, 30, 40][Nat(2)], bin(a), hex(Nat(255)), round(a))
print(Fraction(int(a), 7), a < 20, a <= 12, a != 11, a == 12.0)

# __index__ used by range/slicing; Rational float conversion uses numerator/denominator
class Half(numbers.Rational):
    numerator = 1
    denominator = 2
    def __abs__(s): return s
print(sorted(Half.__abstractmethods__)[:5], len(Half.__abstractmethods__))
import types
print(numbers.Rational.__float__(types.SimpleNamespace(numerator=3, denominator=8)))
print(Half.numerator, Half.denominator)
print(numbers.Complex.__bool__(0j), numbers.Complex.__bool__(2j))
print(numbers.Real.__complex__(2.5), numbers.Real.real.fget(1.5), numbers.Real.imag.fget(1.5))
print(numbers.Real.__divmod__(7.5, 2), numbers.Real.__rdivmod__(2.0, 7))
