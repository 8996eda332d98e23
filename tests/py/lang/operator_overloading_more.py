# Operator overloading: reflected operators and NotImplemented fallbacks, in-place fallback to
# binary ops, __eq__/__hash__ interplay, rich comparisons reflection, __bool__/__len__ truth,
# __index__ in slicing and range, __contains__ vs __iter__, unary ops, __matmul__.
class V:
    def __init__(self, *c): self.c = c
    def __repr__(self): return 'V%r' % (self.c,)
    def __add__(self, o):
        if isinstance(o, V): return V(*(a + b for a, b in zip(self.c, o.c)))
        if isinstance(o, (int, float)): return V(*(a + o for a in self.c))
        return NotImplemented
    __radd__ = __add__
    def __mul__(self, k): return V(*(a * k for a in self.c)) if isinstance(k, (int, float)) else NotImplemented
    def __rmul__(self, k): return self * k
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __neg__(self): return V(*(-a for a in self.c))
    def __abs__(self): return sum(a * a for a in self.c) ** 0.5
    def __eq__(self, o): return isinstance(o, V) and self.c == o.c
    def __hash__(self): return hash(self.c)
    def __lt__(self, o): return abs(self) < abs(o)
    def __bool__(self): return any(self.c)
    def __len__(self): return len(self.c)
    def __getitem__(self, i): return self.c[i]
a, b = V(1, 2), V(3, 4)
print(a + b, a + 1, 1 + a, a * 2, 3 * a, a @ b, -a, abs(b), a == V(1, 2), a != b, a < b, b > a, sorted([b, a]), bool(V(0, 0)), len(a))
print({a: 1}[V(1, 2)], a in [V(1, 2)], 2 in a, list(a), a[-1], max(a, b))
try: a + 'x'
except TypeError as e: print(e)
try: 'x' * a
except TypeError as e: print(e)
class Acc:
    def __init__(self): self.v = []
    def __iadd__(self, o): self.v.append(o); return self
x = Acc(); y = x; x += 1; x += 2; print(y.v, x is y)
class OnlyAdd:
    def __init__(self, n): self.n = n
    def __add__(self, o): return OnlyAdd(self.n + o)
z = OnlyAdd(1); w = z; z += 5; print(z.n, w.n, z is w)
class Idx:
    def __index__(self): return 2
print([10, 20, 30, 40][Idx()], 'abcd'[Idx():], list(range(Idx())), bin(Idx()), [1, 2, 3][:Idx()], (5).__pow__(Idx()))
class Cmp:
    def __init__(self, v): self.v = v
    def __eq__(self, o): print('eq called'); return NotImplemented
print(Cmp(1) == Cmp(1), Cmp(1) != 5)
class Left:
    def __lt__(self, o): return 'Left.__lt__'
class Right:
    def __gt__(self, o): return 'Right.__gt__'
print(Left() < Right(), Right() > Left(), 5 < Right() if False else Right().__gt__(5))
class Sub(int):
    def __radd__(self, o): return 'Sub.__radd__'
print(1 + Sub(2), Sub(2) + 1)
class Cont:
    def __iter__(self): return iter([1, 2])
print(2 in Cont(), 3 in Cont())
class NoHash:
    def __eq__(self, o): return True
try: hash(NoHash())
except TypeError as e: print(e)
