class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
    def __repr__(self):
        return f"Animal({self.name!r})"
class Dog(Animal):
    kind = "dog"
    def speak(self):
        return super().speak() + " (woof)"
d = Dog("Rex")
print(d.speak(), d.kind, Animal.kind, d, isinstance(d, Animal), issubclass(Dog, Animal), type(d).__name__)
print([c.__name__ for c in Dog.__mro__])
class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B" + super().who()
class C(A):
    def who(self): return "C" + super().who()
class D(B, C):
    def who(self): return "D" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
class P:
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        self._x = v * 2
    @staticmethod
    def s(a):
        return a + 1
    @classmethod
    def c(cls):
        return cls.__name__
p = P(); p.x = 5; print(p.x, P.s(1), p.s(2), P.c(), p.c())
try:
    p.missing
except AttributeError as e:
    print(e)
setattr(p, "dyn", 42); print(getattr(p, "dyn"), hasattr(p, "dyn"), getattr(p, "nope", "default"))
delattr(p, "dyn"); print(hasattr(p, "dyn"))
class V:
    def __init__(self, x, y): self.x, self.y = x, y
    def __add__(self, o): return V(self.x + o.x, self.y + o.y)
    def __mul__(self, k): return V(self.x * k, self.y * k)
    def __rmul__(self, k): return self * k
    def __eq__(self, o): return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __repr__(self): return f"V({self.x}, {self.y})"
    def __len__(self): return 2
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __bool__(self): return bool(self.x or self.y)
print(V(1, 2) + V(3, 4), V(1, 2) * 3, 2 * V(1, 1), V(1, 2) == V(1, 2), len(V(0, 0)), list(V(5, 6)), bool(V(0, 0)))
print({V(1, 1): "a"}[V(1, 1)], V(1, 2) != V(1, 2))
class Counter:
    def __init__(self): self.n = 0
    def __call__(self): self.n += 1; return self.n
    def __iter__(self): return iter(range(self.n))
cc = Counter(); cc(); cc(); print(cc.n, list(cc), callable(cc))
