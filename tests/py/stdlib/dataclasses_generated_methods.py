from dataclasses import dataclass, field, InitVar, FrozenInstanceError, KW_ONLY
import inspect

@dataclass
class P:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)

p = P(1)
print(p, p == P(1), p == P(2), P.__init__.__qualname__, P.__init__.__annotations__, P.__init__.__defaults__)
print(inspect.signature(P))
try:
    P()
except TypeError as e:
    print(e)
try:
    P(1, 2, 3, 4)
except TypeError as e:
    print(e)

@dataclass(order=True, frozen=True)
class F:
    a: int
    b: str = "z"
    c: float = field(default=1.5, compare=False)

f = F(1)
print(f, hash(f) == hash(F(1, "z", 2.0)), f < F(2), f <= F(1, "a"), f > F(0), f >= F(1))
try:
    f.a = 3
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    del f.b
except FrozenInstanceError as e:
    print(type(e).__name__, e)
print(sorted([F(3), F(1, "b"), F(1, "a")]))

@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
print(K(a=1), inspect.signature(K), K.__init__.__kwdefaults__)
try:
    K(1)
except TypeError as e:
    print(e)

@dataclass
class M:
    a: int
    _: KW_ONLY
    b: int = 3
    c: int = field(default_factory=lambda: 7)
print(M(1), M(1, b=4, c=5))

@dataclass
class I:
    x: int
    scale: InitVar[int] = 2
    y: int = field(init=False)
    def __post_init__(self, scale):
        self.y = self.x * scale
print(I(3), I(3, 5))

@dataclass(unsafe_hash=True)
class H:
    self: int
    other: str = field(repr=False)
print(H(1, "q"), hash(H(1, "q")) == hash((1, "q")))

@dataclass(slots=True)
class S:
    a: int
    b: int = field(init=False, default=9)
s = S(1)
print(s, S.__slots__)

@dataclass
class E:
    pass
print(E(), E() == E(), E.__init__.__annotations__)

@dataclass(eq=False, repr=False)
class N:
    v: int
n = N(1)
print(n == N(1), repr(n).startswith("<__main__.N object"))

@dataclass
class Rec:
    items: list
r = Rec([])
r.items.append(r)
print(r)

class Base:
    pass

@dataclass
class Child(P):
    z: int = 5
print(Child(1, 2, [3], 4), Child.__init__.__code__.co_varnames, Child.__init__.__code__.co_argcount)
print(P.__repr__.__code__.co_freevars, P.__init__.__code__.co_freevars, P.__eq__.__code__.co_names)

@dataclass
class Err:
    x: int = field(default_factory=lambda: 1 // 0)
import traceback
try:
    Err()
except ZeroDivisionError as e:
    tb = traceback.extract_tb(e.__traceback__)
    print([(fr.filename.rsplit("/", 1)[-1], fr.lineno, fr.name) for fr in tb])

# The generated methods' code objects, as far as programs can see them.
for fn in (P.__init__, P.__repr__.__wrapped__, P.__eq__, F.__setattr__, F.__delattr__, F.__hash__, F.__lt__, K.__init__):
    c = fn.__code__
    print(fn.__name__, c.co_argcount, c.co_kwonlyargcount, c.co_varnames, c.co_freevars, c.co_filename,
          c.co_firstlineno, fn.__doc__, fn.__defaults__, fn.__kwdefaults__)
print(F.__setattr__.__qualname__, F.__setattr__.__module__, P.__eq__(P(1), 3), F.__lt__(F(1), 3))

# Zero fields, one field, a field called "self", and names that shadow builtins.
@dataclass(order=True, unsafe_hash=True)
class One:
    hash: int
    type: str = "t"
print(One(1) < One(2), hash(One(5)) == hash((5, "t")), One(hash=3, type="u"))

@dataclass(order=True, frozen=True)
class Zero:
    pass
print(Zero() <= Zero(), hash(Zero()) == hash(()), Zero())
try:
    Zero().x = 1
except FrozenInstanceError as e:
    print(e)

@dataclass(frozen=True)
class Sub(F):
    d: int = 0
try:
    Sub(1).d = 2
except FrozenInstanceError as e:
    print(e)
s2 = Sub(1)
object.__setattr__(s2, "d", 7)
print(s2)

class Plain(F):
    pass
pl = Plain(1)
pl.extra = 3   # type(self) is not cls and the name is not a field: allowed
print(pl.extra)
try:
    pl.a = 3
except FrozenInstanceError as e:
    print(e)
