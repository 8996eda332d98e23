# dataclasses: InitVar, ClassVar, __post_init__, inheritance, kw_only, KW_ONLY, slots, match_args, match statements
import dataclasses
from dataclasses import dataclass, field, fields, InitVar, KW_ONLY, asdict
from typing import ClassVar, List


@dataclass
class WithInit:
    x: int
    scale: InitVar[int] = 2
    total: int = field(init=False)
    registry: ClassVar[list] = []

    def __post_init__(self, scale):
        self.total = self.x * scale
        WithInit.registry.append(self.x)


w = WithInit(3)
print(w, WithInit(4, 10), WithInit.registry, [f.name for f in fields(WithInit)])
print(WithInit.__dataclass_fields__["scale"]._field_type, WithInit.__dataclass_fields__["registry"]._field_type)
print(repr(InitVar[int]), repr(InitVar(str)))


@dataclass
class Base:
    a: int
    b: str = "b"

    def describe(self):
        return f"{type(self).__name__}:{self.a}"


@dataclass
class Derived(Base):
    c: float = 1.5
    b: str = "override"


d = Derived(1)
print(d, d.describe(), [f.name for f in fields(d)], isinstance(d, Base))
print(Derived(1, "x", 2.0) == Derived(1, "x", 2.0), Derived(1) == Base(1, "override"))


@dataclass
class Post:
    items: List[int] = field(default_factory=list)

    def __post_init__(self):
        self.n = len(self.items)


print(Post([1, 2]).n, Post().n)


@dataclass(kw_only=True)
class KW:
    a: int
    b: int = 2


print(KW(a=1), KW(b=3, a=4))
try:
    KW(1)
except TypeError as e:
    print("TypeError", e)


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 0
    c: int
    d: int = field(default=9, kw_only=False)


print(Mixed(1, c=3), Mixed(1, 5, b=2, c=3), Mixed.__match_args__)


@dataclass(slots=True)
class Slotted:
    x: int
    y: int = 0


s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, "__dict__"))
try:
    s.z = 1
except AttributeError as e:
    print("AttributeError", e)


@dataclass(frozen=True, slots=True)
class FS:
    a: int


print(FS(2), hash(FS(2)) == hash(FS(2)))


@dataclass(match_args=False)
class NoMatch:
    a: int


print(hasattr(NoMatch, "__match_args__"))


@dataclass
class Shape:
    kind: str
    size: int = 1


@dataclass
class Circle(Shape):
    radius: float = 1.0


def classify(v):
    match v:
        case Circle(kind, size, radius=r) if r > 2:
            return f"big circle {kind} {size} {r}"
        case Circle(_, _, r):
            return f"circle {r}"
        case Shape("square", s):
            return f"square {s}"
        case Shape(kind=k):
            return f"shape {k}"
        case _:
            return "other"


for v in [Circle("c", 2, 3.0), Circle("c"), Shape("square", 4), Shape("tri"), 5]:
    print(classify(v))


class Meta(type):
    pass


@dataclass(eq=True, frozen=False)
class Custom:
    a: int

    def __repr__(self):
        return "custom!"

    def __eq__(self, other):
        return True


print(Custom(1), Custom(1) == Custom(2))


@dataclass
class Defaults:
    a: int = 1
    b: list = field(default_factory=lambda: [1, 2])
    c: tuple = (1,)


print(Defaults(), Defaults.a, Defaults.c, hasattr(Defaults, "b"))
print(Defaults.__init__.__defaults__ is None or len(Defaults.__init__.__defaults__))


@dataclass
class Outer:
    inner: Defaults
    items: dict = field(default_factory=dict)


o = Outer(Defaults(), {"x": Defaults(b=[3])})
print(asdict(o))
o2 = dataclasses.replace(o, items={})
print(o2, o2.inner is o.inner)


@dataclass
class Generic:
    value: "int"
    other: "List[str]" = field(default_factory=list, metadata={"doc": "others"})


print(fields(Generic)[1].metadata, fields(Generic)[1].metadata["doc"], type(fields(Generic)[1].metadata).__name__)
print(dataclasses.fields(Generic)[0].type)

try:
    @dataclass
    class BadPost:
        x: int
        y: InitVar[int]
        def __post_init__(self):
            pass
    BadPost(1, 2)
except TypeError as e:
    print("TypeError", e)

try:
    @dataclass(frozen=True)
    class FrozenChild(Base):
        z: int = 0
except TypeError as e:
    print("TypeError", e)

try:
    @dataclass(order=True)
    class BadOrder:
        x: int
        def __lt__(self, other):
            return True
except TypeError as e:
    print("TypeError", e)
