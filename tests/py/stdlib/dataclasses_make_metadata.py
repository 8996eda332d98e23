# dataclasses: make_dataclass with bases/namespace/kw_only, field metadata (read-only mappingproxy), unsafe_hash/eq/hash rules, weakref_slot, custom __eq__/__repr__ kept, descriptors as defaults and ClassVar exclusion.
import dataclasses
import weakref
from dataclasses import dataclass, field
from typing import ClassVar


def attempt(label, fn):
    try:
        print(label, "ok", fn())
    except (TypeError, ValueError, AttributeError) as e:
        print(label, type(e).__name__, e)


Pt = dataclasses.make_dataclass("Pt", ["x", ("y", int), ("z", int, field(default=3))],
                                namespace={"norm1": lambda self: abs(self.x) + abs(self.y) + abs(self.z)})
p = Pt(1, -2)
print(p, p.norm1(), Pt.__name__, Pt.__qualname__, [f.type for f in dataclasses.fields(Pt)])
Frozen = dataclasses.make_dataclass("Frozen", [("a", int)], frozen=True, order=True)
print(sorted([Frozen(3), Frozen(1), Frozen(2)]), Frozen(1) < Frozen(2))
Sub = dataclasses.make_dataclass("Sub", [("b", str, field(default="b"))], bases=(Pt,))
print(Sub(1, 2), issubclass(Sub, Pt))
Kw = dataclasses.make_dataclass("Kw", [("k", int)], kw_only=True)
attempt("kw positional", lambda: Kw(1))
print(Kw(k=4))
attempt("bad name", lambda: dataclasses.make_dataclass("X", ["not valid"]))
attempt("keyword name", lambda: dataclasses.make_dataclass("X", ["class"]))
attempt("duplicate", lambda: dataclasses.make_dataclass("X", ["a", "a"]))


@dataclass
class Meta:
    a: int = field(default=0, metadata={"unit": "m", "doc": "length"})
    b: int = field(default=1, compare=False, hash=None, repr=False)
    c: ClassVar[int] = 100


f = dataclasses.fields(Meta)[0]
print(type(f.metadata).__name__, dict(f.metadata), f.metadata["unit"], dataclasses.fields(Meta)[1].metadata)
attempt("metadata readonly", lambda: f.metadata.__setitem__("x", 1))
print([x.name for x in dataclasses.fields(Meta)], Meta(), Meta(1, 2) == Meta(1, 3), Meta.c)
print(repr(f).startswith("Field(name='a',type=<class 'int'>,default=0"))

# hashing rules
@dataclass
class EqOnly:
    a: int


@dataclass(frozen=True)
class FrozenEq:
    a: int


@dataclass(unsafe_hash=True)
class Unsafe:
    a: int
    b: list = field(default_factory=list, hash=False)


@dataclass(eq=False)
class NoEq:
    a: int


print(EqOnly.__hash__, hash(FrozenEq(1)) == hash((1,)), hash(Unsafe(2)) == hash((2,)))
print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)
attempt("hash EqOnly", lambda: hash(EqOnly(1)))


def explicit_hash_conflict():
    @dataclass(unsafe_hash=True)
    class H:
        a: int

        def __hash__(self):
            return 1


attempt("unsafe_hash with __hash__", explicit_hash_conflict)


@dataclass
class Custom:
    a: int

    def __eq__(self, other):
        return True

    def __repr__(self):
        return "Custom!"


print(Custom(1) == Custom(2), repr(Custom(3)))


@dataclass(order=True)
class Ordered:
    key: int
    name: str = field(compare=False)


print(Ordered(1, "b") < Ordered(2, "a"), Ordered(1, "x") == Ordered(1, "y"))
attempt("order vs other", lambda: Ordered(1, "a") < 3)


def order_with_lt():
    @dataclass(order=True)
    class O:
        a: int

        def __lt__(self, other):
            return True


attempt("order with __lt__", order_with_lt)


@dataclass(slots=True, weakref_slot=True)
class Weak:
    v: int


w = Weak(5)
r = weakref.ref(w)
print(r() is w, "__weakref__" in Weak.__slots__)
attempt("weakref_slot without slots", lambda: dataclass(weakref_slot=True)(type("W", (), {"__annotations__": {"v": int}})))


class Positive:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return 7
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        if value < 0:
            raise ValueError("negative")
        setattr(obj, self.name, value)


@dataclass
class UsesDescriptor:
    amount: Positive = Positive()


print(UsesDescriptor(), UsesDescriptor(3).amount)
attempt("descriptor validation", lambda: UsesDescriptor(-1))
print(UsesDescriptor.__match_args__, Pt.__match_args__, Kw.__match_args__)
