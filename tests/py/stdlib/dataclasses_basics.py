# dataclasses: fields, defaults, default_factory, repr/eq/order/frozen/hash rules, field(), asdict/astuple/replace
import dataclasses
from dataclasses import dataclass, field, fields, asdict, astuple, replace, FrozenInstanceError


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, repr(p), p == Point(1, 2), p == Point(2, 1), p != Point(1, 3))
print(Point(5), Point(y=3, x=4))
print(Point.__init__.__name__, Point.__eq__.__qualname__, Point.__hash__)
print([f.name for f in fields(Point)], [f.type for f in fields(Point)])
print(Point.__dataclass_params__)
print(Point.__match_args__, dataclasses.is_dataclass(Point), dataclasses.is_dataclass(p), dataclasses.is_dataclass(3))
try:
    Point()
except TypeError as e:
    print("TypeError", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError", e)


@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    tags: dict = field(default_factory=dict, repr=False)
    count: int = field(default=0, compare=False)
    secret: str = field(default="s", repr=False, hash=None)


a = Inventory("a")
b = Inventory("a")
a.items.append(1)
print(a, b, a.items is b.items, a == b)
b.items.append(1)
b.count = 5
print(a == b, asdict(b), astuple(b))
print(replace(a, name="z", count=3))
try:
    replace(a, nope=1)
except TypeError as e:
    print("TypeError", e)

try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e:
    print("ValueError", e)

try:
    @dataclass
    class Bad2:
        x: int = 0
        y: int
except TypeError as e:
    print("TypeError", e)


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)


vs = [Version(1, 2), Version(0, 9, "x"), Version(1, 0), Version(1, 2, "b")]
print(sorted(vs))
print(Version(1, 2) < Version(1, 3), Version(2) >= Version(1, 9), Version(1, 2, "a") == Version(1, 2, "b"))
try:
    Version(1) < 3
except TypeError as e:
    print("TypeError", e)


@dataclass(frozen=True)
class Frozen:
    a: int
    b: tuple = ()


f = Frozen(1, (2,))
print(f, hash(f) == hash(Frozen(1, (2,))), {f: 1}[Frozen(1, (2,))])
try:
    f.a = 3
except FrozenInstanceError as e:
    print("FrozenInstanceError", e, isinstance(e, AttributeError))
try:
    del f.b
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)


@dataclass(unsafe_hash=True)
class Hashed:
    x: int
    y: int = field(default=0, hash=False)


print(hash(Hashed(1, 2)) == hash(Hashed(1, 3)), Hashed.__hash__ is not None)


@dataclass(eq=False)
class NoEq:
    x: int


print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)


@dataclass
class Unhashable:
    x: int


print(Unhashable.__hash__)
try:
    hash(Unhashable(1))
except TypeError as e:
    print("TypeError", e)


@dataclass(repr=False)
class NoRepr:
    x: int


print(repr(NoRepr(1)).startswith("<__main__.NoRepr object"))


@dataclass(init=False)
class NoInit:
    x: int = 4


n = NoInit()
print(n.x, n)


@dataclass
class Nested:
    p: Point
    ps: list
    d: dict


nn = Nested(Point(1, 2), [Point(3, 4), (Point(5, 6),)], {"k": Point(7, 8)})
print(asdict(nn))
print(astuple(nn))
print(asdict(nn, dict_factory=lambda kv: sorted(kv)))


@dataclass
class Rec:
    name: str
    child: "Rec | None" = None


print(Rec("a", Rec("b")))

# make_dataclass
C = dataclasses.make_dataclass("C", ["a", ("b", int), ("c", int, field(default=5))], namespace={"total": lambda self: self.a + self.b + self.c})
c = C(1, 2)
print(c, c.total(), [f.name for f in fields(C)])
print(type(dataclasses.MISSING).__name__, field(default=1).default, field().default is dataclasses.MISSING)
