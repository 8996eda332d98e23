# dataclasses: field defaults/factories, kw_only, InitVar, __post_init__, frozen errors,
# replace, asdict/astuple nesting, fields(), match_args, slots, inheritance, eq/order.
import dataclasses
from dataclasses import dataclass, field, InitVar, KW_ONLY, replace, asdict, astuple, fields
from typing import ClassVar, List

@dataclass
class Point:
    x: int
    y: int = 0
    tags: List[str] = field(default_factory=list)
    counter: ClassVar[int] = 0
p = Point(1)
p.tags.append('a')
q = Point(2, 3)
print(p, q, p == Point(1, 0, ['a']), Point.counter)
print([f.name for f in fields(Point)], Point.__match_args__)

@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    def bump(self):
        return replace(self, patch=self.patch + 1)
vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9), Version(1, 2, 1)]
print(sorted(vs))
print(max(vs), min(vs), Version(1) < Version(1, 0, 1), vs[0].bump())
try:
    vs[0].major = 3
except dataclasses.FrozenInstanceError as e:
    print('frozen:', e)
print(hash(Version(1, 2)) == hash(Version(1, 2)), len({Version(1), Version(1, 0, 0)}))

@dataclass
class WithInit:
    a: int
    scale: InitVar[int] = 2
    b: int = field(init=False)
    def __post_init__(self, scale):
        self.b = self.a * scale
w = WithInit(5)
print(w, WithInit(5, 10), [f.name for f in fields(w)])

@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int = 2
print(KW(1, c=5), KW(0))
try:
    KW(1, 2)
except TypeError as e:
    print('TypeError', e)

@dataclass(kw_only=True)
class AllKW:
    x: int
    y: int = 3
print(AllKW(x=1))

@dataclass
class Inner:
    v: int
    items: tuple = ()
@dataclass
class Outer:
    name: str
    inner: Inner
    lst: list = field(default_factory=lambda: [Inner(1)])
    mapping: dict = field(default_factory=dict)
o = Outer('o', Inner(2, (1, 2)), mapping={'k': Inner(3)})
print(asdict(o))
print(astuple(o))
print(asdict(o, dict_factory=lambda kv: sorted(kv)))

@dataclass
class Base:
    x: int = 1
    y: int = 2
@dataclass
class Derived(Base):
    z: int = 3
    x: int = 10
print(Derived(), [f.name for f in fields(Derived)])

@dataclass(eq=False)
class NoEq:
    v: int
print(NoEq(1) == NoEq(1), NoEq(1).__eq__ is object.__eq__ or 'custom')

@dataclass(slots=True)
class Slotted:
    a: int
    b: str = 'x'
s = Slotted(1)
print(s, Slotted.__slots__)
try:
    s.c = 1
except AttributeError as e:
    print('AttributeError', type(e).__name__)

@dataclass(repr=False)
class NoRepr:
    a: int
print(repr(NoRepr(1)).startswith('<'))

@dataclass
class Hidden:
    a: int
    secret: str = field(default='s', repr=False, compare=False)
print(Hidden(1, 'x'), Hidden(1, 'x') == Hidden(1, 'y'))
try:
    @dataclass
    class Bad:
        a: list = []
except ValueError as e:
    print('ValueError', e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e:
    print('TypeError', e)
print(dataclasses.is_dataclass(Point), dataclasses.is_dataclass(p), dataclasses.is_dataclass(1))
f0 = fields(Hidden)[1]
print(f0.name, f0.default, f0.repr, f0.compare, f0.init, f0.kw_only)
Dyn = dataclasses.make_dataclass('Dyn', [('a', int), ('b', int, field(default=5))], namespace={'tot': lambda self: self.a + self.b})
print(Dyn(1), Dyn(1).tot())
print(replace(q, y=9), q)
try:
    replace(w, b=3)
except ValueError as e:
    print('ValueError', e)
