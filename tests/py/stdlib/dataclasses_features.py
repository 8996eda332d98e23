# dataclasses: defaults and default_factory, field(init/repr/compare/hash), ordering, frozen
# (FrozenInstanceError), __post_init__ with InitVar, asdict/astuple recursion, replace, fields,
# kw_only, slots, unsafe_hash, inheritance of fields, errors.
import dataclasses
from dataclasses import dataclass, field, InitVar, asdict, astuple, replace, fields, FrozenInstanceError
@dataclass(order=True)
class Card:
    rank: int
    suit: str = 'spades'
    tags: list = field(default_factory=list, compare=False, repr=False)
cards = [Card(3, 'h'), Card(1), Card(3, 'c'), Card(2, 'd', ['x'])]
print(sorted(cards), Card(1) == Card(1, tags=[1]), Card(1) < Card(2), max(cards))
@dataclass(frozen=True)
class P:
    x: int
    y: int = 0
p = P(1, 2)
try: p.x = 5
except FrozenInstanceError as e: print('frozen:', e)
print(hash(p) == hash(P(1, 2)), {p, P(1, 2)}, replace(p, y=9), asdict(p), astuple(p))
@dataclass
class Box:
    items: list
    owner: P
    scale: InitVar[int] = 1
    area: float = field(init=False)
    def __post_init__(self, scale):
        self.area = len(self.items) * scale
b = Box([P(0, 1), P(2, 3)], P(5, 5), scale=3)
print(b, asdict(b), astuple(b))
print([(f.name, f.type if isinstance(f.type, str) else f.type.__name__, f.init, f.repr) for f in fields(b)])
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
print(K(a=1), end=' ')
try: K(1)
except TypeError as e: print(e)
@dataclass(slots=True)
class S:
    v: int
    w: str = 'w'
s = S(3); print(s, S.__slots__, hasattr(s, '__dict__'))
@dataclass(unsafe_hash=True)
class U:
    a: int
    b: list = field(hash=False, default=None)
print(hash(U(1)) == hash(U(1, [2])))
@dataclass
class Base:
    x: int = 1
    y: int = 2
@dataclass
class Derived(Base):
    z: int = 3
    x: int = 10
print(Derived(), Derived(1, 2, 3), [f.name for f in fields(Derived)])
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e: print(e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e: print(e)
try: Card()
except TypeError as e: print(e)
print(dataclasses.is_dataclass(Card), dataclasses.is_dataclass(Card(1)), dataclasses.is_dataclass(int))
D = dataclasses.make_dataclass('D', [('a', int), ('b', str, field(default='q'))], namespace={'double': lambda self: self.a * 2})
print(D(4), D(4).double(), repr(field(default=1))[:40])
@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1), NoEq(1).__eq__(NoEq(1)))
