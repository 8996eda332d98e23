# User classes implementing most dunder methods, and subclasses of str/list/dict/int/float/tuple
# with overridden methods: results, result types and reprs.
class V:
    def __init__(self, *c): self.c = c
    def __repr__(self): return f'V{self.c}'
    def __add__(self, o): return V(*(a + b for a, b in zip(self.c, o.c))) if isinstance(o, V) else NotImplemented
    def __radd__(self, o): return self if o == 0 else NotImplemented
    def __mul__(self, k): return V(*(a * k for a in self.c))
    __rmul__ = __mul__
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __neg__(self): return V(*(-a for a in self.c))
    def __abs__(self): return sum(a * a for a in self.c) ** 0.5
    def __bool__(self): return any(self.c)
    def __len__(self): return len(self.c)
    def __getitem__(self, i): return self.c[i]
    def __iter__(self): return iter(self.c)
    def __eq__(self, o): return isinstance(o, V) and self.c == o.c
    def __hash__(self): return hash(self.c)
    def __lt__(self, o): return abs(self) < abs(o)
    def __round__(self, n=None): return V(*(round(a, n) for a in self.c))
    def __floor__(self): return 'floor'
    def __index__(self): return len(self.c)
    def __format__(self, spec): return 'V<' + ','.join(format(a, spec) for a in self.c) + '>'
    def __contains__(self, x): return x in self.c
    def __call__(self, *a): return ('called', a)
    def __iadd__(self, o): self.c = tuple(a + b for a, b in zip(self.c, o.c)); return self
    def __divmod__(self, k): return ('divmod', k)
    def __rpow__(self, b): return ('rpow', b)
    def __pow__(self, e, m=None): return ('pow', e, m)
    def __invert__(self): return 'inv'
    def __pos__(self): return 'pos'
    def __complex__(self): return 1j
    def __float__(self): return 1.5
    def __int__(self): return 7
    def __reversed__(self): return iter(['r'])
    def __getattr__(self, n): return f'dyn_{n}'
    def __dir__(self): return ['c', 'zzz']
    def __sizeof__(self): return 99
import math, sys
a, b = V(1, 2), V(3, 4)
print(a + b, 2 * a, a * 2, a @ b, -a, abs(b), bool(V(0, 0)), len(a), a[1], list(a), a == V(1, 2), {a: 1}[V(1, 2)], sorted([b, a]), round(V(1.26, 2.5), 1), round(V(1.5)))
print(math.floor(a), [10, 20, 30][a], f'{a:.2f}', 2 in a, a(1, 2), sum([a, b]), divmod(a, 3), 2 ** a, a ** 2, pow(a, 2, 5), ~a, +a, complex(a), float(a), int(a), list(reversed(a)), a.whatever, dir(a), sys.getsizeof(a) > 0)
c = a; c += b; print(c is a, a, hex(V(1, 2, 3)), bin(V(1)), operator_index := __import__('operator').index(V(1, 2)))
print(max(a, b), min([b, a]), sorted([V(3), V(1), V(2)], reverse=True), a != b, not V(0))
class Str(str):
    def __new__(cls, v): return super().__new__(cls, v.upper())
    def shout(self): return self + '!'
s = Str('hi'); print(s, s.shout(), type(s + 'x').__name__, type(s.lower()).__name__, isinstance(s, str), s == 'HI', len(s), repr(s), f'{s:>5}', s[0], type(s[0]).__name__)
class L(list):
    def __getitem__(self, i): return 'L' + str(list.__getitem__(self, i))
l = L([1, 2, 3]); print(l[0], list(l), l + [4], type(l + [4]).__name__, len(l), sorted(l, reverse=True), l.copy(), type(l.copy()).__name__, [x for x in l])
class D(dict):
    def __missing__(self, k): return k * 2
    def __setitem__(self, k, v): super().__setitem__(k, v * 10)
d = D(a=1); d['b'] = 2; d.update(c=3); print(d, d['zz'], d.get('zz'), d.setdefault('e', 5), dict(d), D.fromkeys('xy', 1), type(D.fromkeys('x', 0)).__name__)
class I(int):
    def __add__(self, o): return I(int(self) + int(o) + 100)
    def __repr__(self): return f'I({int(self)})'
i = I(5); print(i + 1, 1 + i, i * 2, type(i * 2).__name__, i == 5, hash(i) == hash(5), str(i), f'{i}', f'{i:03d}', -i, type(-i).__name__, abs(I(-3)), I('12'), I(3.9), bool(I(0)))
class F(float):
    pass
print(F(1.5) + 1, type(F(1.5) + 1).__name__, F('2.5'), repr(F(1.0)), F(3).is_integer(), round(F(2.5)), int(F(-2.7)), F.fromhex('0x1p-1'), type(F.fromhex('0x1p-1')).__name__)
class T(tuple):
    def __new__(cls, *a): return super().__new__(cls, a)
    @property
    def first(self): return self[0]
t = T(1, 2); print(t, t.first, t + (3,), type(t[:1]).__name__, t == (1, 2), hash(t) == hash((1, 2)), len(t), t.count(1), repr(t))
