# dataclasses corners: mutable default errors, field ordering errors, __post_init__ with InitVar defaults, kw_only mixes, slots=True layout, frozen inheritance rules, replace with InitVar, asdict/astuple of nested containers.
import collections
import dataclasses
from dataclasses import InitVar, KW_ONLY, dataclass, field


def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", r)
    except (TypeError, ValueError, AttributeError, dataclasses.FrozenInstanceError) as e:
        print(label, type(e).__name__, e)


def mutable_default():
    @dataclass
    class A:
        items: list = []


def nondefault_after_default():
    @dataclass
    class B:
        x: int = 1
        y: int


def default_and_factory():
    return field(default=1, default_factory=list)


attempt("mutable default", mutable_default)
attempt("order", nondefault_after_default)
attempt("default+factory", default_and_factory)


@dataclass
class Scaled:
    value: float
    scale: InitVar[float] = 2.0
    scaled: float = field(init=False)
    log: list = field(default_factory=list, repr=False)

    def __post_init__(self, scale):
        self.scaled = self.value * scale
        self.log.append("post_init scale=%s" % scale)


s = Scaled(3)
print(s, s.log, Scaled(3, 10), [f.name for f in dataclasses.fields(Scaled)])
attempt("replace keeps InitVar default", lambda: dataclasses.replace(s, value=5))
attempt("replace with InitVar", lambda: dataclasses.replace(s, scale=3))
attempt("replace init=False field", lambda: dataclasses.replace(s, scaled=1))


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 0
    c: str = "c"


@dataclass(kw_only=True)
class AllKw:
    x: int
    y: int = 5


@dataclass
class Child(AllKw):
    z: int  # positional, after kw_only fields of the base


print(Mixed(1, b=2), Child(7, x=1), AllKw(x=3))
attempt("kw as positional", lambda: Mixed(1, 2))
attempt("missing kw", lambda: AllKw())
print([(f.name, f.kw_only) for f in dataclasses.fields(Child)])


@dataclass(slots=True)
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(Point.__slots__, hasattr(p, "__dict__"), p)
attempt("slots new attr", lambda: setattr(p, "z", 3))


@dataclass(frozen=True)
class Base:
    x: int


@dataclass(frozen=True)
class Derived(Base):
    y: int = 0


d = Derived(1, 2)
attempt("frozen set", lambda: setattr(d, "x", 5))
attempt("frozen del", lambda: delattr(d, "y"))
print(hash(d) == hash(Derived(1, 2)), d == Derived(1, 2), dataclasses.replace(d, y=9))


def unfrozen_from_frozen():
    @dataclass
    class Bad(Base):
        z: int = 0


def frozen_from_unfrozen():
    @dataclass
    class Plain:
        a: int

    @dataclass(frozen=True)
    class Bad2(Plain):
        b: int = 0


attempt("non-frozen from frozen", unfrozen_from_frozen)
attempt("frozen from non-frozen", frozen_from_unfrozen)

# asdict / astuple recurse into lists, tuples, dicts and namedtuples, copying
Pair = collections.namedtuple("Pair", "left right")


@dataclass
class Leaf:
    name: str
    tags: list


@dataclass
class Tree:
    root: Leaf
    children: list
    index: dict
    pair: Pair
    plain: tuple = (1, 2)


t = Tree(Leaf("r", ["a"]), [Leaf("c1", []), Leaf("c2", ["x", "y"])], {"k": Leaf("v", [])},
         Pair(Leaf("L", []), 5))
d = dataclasses.asdict(t)
print(d)
print(type(d["pair"]).__name__, d["root"]["tags"] is t.root.tags)
print(dataclasses.astuple(t))
print(dataclasses.asdict(t, dict_factory=lambda items: [k for k, _ in items]))
attempt("asdict of class", lambda: dataclasses.asdict(Tree))
attempt("asdict of non-dataclass", lambda: dataclasses.asdict({"a": 1}))
print(dataclasses.is_dataclass(t), dataclasses.is_dataclass(Tree), dataclasses.is_dataclass(3))
