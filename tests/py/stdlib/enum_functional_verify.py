# enum: functional API forms, unique/verify (UNIQUE, CONTINUOUS, NAMED_FLAGS) errors, member/nonmember, _order_, _ignore_, pickling and copying members, members as dict keys, __init_subclass__ and mixins.
import copy
import enum
import pickle
import re
import signal
from enum import Enum, Flag, IntEnum, IntFlag, auto, unique, verify


def attempt(label, fn):
    try:
        print(label, "ok", fn())
    except (TypeError, ValueError, AttributeError, KeyError) as e:
        print(label, type(e).__name__, e)


Color = Enum("Color", "RED GREEN BLUE")
Shape = Enum("Shape", ["SQUARE", "CIRCLE"], start=10)
Mode = Enum("Mode", [("READ", "r"), ("WRITE", "w")])
Level = IntEnum("Level", {"LOW": 1, "HIGH": 9})
Perm = Flag("Perm", "R W X")
for E in (Color, Shape, Mode, Level, Perm):
    print(E.__name__, [(m.name, m.value) for m in E], E.__module__ == __name__)
print(Color(2), Shape["CIRCLE"], Mode("w"), Level.HIGH + 1, Perm.R | Perm.X)


def dup():
    @unique
    class D(Enum):
        A = 1
        B = 1


attempt("unique", dup)


def not_continuous():
    @verify(enum.CONTINUOUS)
    class C(IntEnum):
        A = 1
        B = 3


attempt("continuous", not_continuous)


def unnamed_flag():
    @verify(enum.NAMED_FLAGS)
    class F(Flag):
        A = 1
        B = 2
        AC = 5


attempt("named flags", unnamed_flag)


@verify(enum.UNIQUE, enum.CONTINUOUS)
class Ok(IntEnum):
    A = 1
    B = 2
    C = 3


print(list(Ok))


class Planet(Enum):
    _ignore_ = ["i"]
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def density_class(self):
        return "heavy" if self.mass > 1e24 else "light"

    helper = enum.nonmember(42)


class Funcs(Enum):
    @enum.member
    def ANSWER():
        return 42

    def method(self):
        return "method"


print([(p.name, p.density_class) for p in Planet], Planet.helper, Funcs.ANSWER.value(), [m.name for m in Funcs])


def wrong_order():
    class O(Enum):
        _order_ = "B A"
        A = 1
        B = 2


attempt("_order_", wrong_order)


class WithOrder(Enum):
    _order_ = "A B"
    A = 1
    B = 2


print(list(WithOrder))

# pickling, copying, identity
for m in (Color.GREEN, Level.LOW, Perm.R | Perm.W, Ok.B):
    print(copy.copy(m) is m, copy.deepcopy(m) is m or copy.deepcopy(m) == m)
for m in (signal.SIGINT, signal.Signals(15), re.IGNORECASE | re.MULTILINE):
    print(repr(pickle.loads(pickle.dumps(m))), pickle.loads(pickle.dumps(m)) == m)
table = {Color.RED: "r", Color.BLUE: "b"}
print(table[Color(1)], Color.RED in table, Color["BLUE"] in table, {Level.LOW: 1}.get(1))

# extending and subclassing rules
attempt("extend with members", lambda: type("More", (Color,), {"X": 4}))


class Base(Enum):
    def describe(self):
        return "%s=%r" % (self.name, self.value)


class Concrete(Base):
    ONE = 1
    TWO = 2


print([m.describe() for m in Concrete], isinstance(Concrete.ONE, Base))


class StrMixin(str, Enum):
    A = "alpha"
    B = "beta"


print(StrMixin.A == "alpha", StrMixin.A.upper(), sorted(StrMixin, key=len)[0].name, format(StrMixin.B))


class Registered(Enum):
    registry = enum.nonmember([])

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)


print(type(Registered.registry).__name__, len(Registered))
attempt("missing value", lambda: Color(9))
attempt("missing name", lambda: Color["PURPLE"])
attempt("assign member", lambda: setattr(Color, "RED", 5))
attempt("delete member", lambda: delattr(Color, "RED"))
print(Color.__members__.keys(), len(Color), Color.RED.__class__.__name__, repr(Color.RED), str(Level.HIGH))
