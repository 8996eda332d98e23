# enum corners: auto with _generate_next_value_ (StrEnum lowercase, custom), _missing_ returning members/None/raising, aliases in __members__ and iteration, Flag/IntFlag combinations, iteration, len, contains, negation and boundaries.
import enum
from enum import Enum, Flag, IntFlag, StrEnum, auto


def attempt(label, fn):
    try:
        print(label, "ok", fn())
    except (TypeError, ValueError, AttributeError, KeyError) as e:
        print(label, type(e).__name__, e)


class Lower(StrEnum):
    ALPHA = auto()
    BETA_TWO = auto()


class Squares(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return (count + 1) ** 2

    ONE = auto()
    TWO = auto()
    FIXED = 100
    THREE = auto()


class Mixed(Enum):
    A = auto()
    B = 10
    C = auto()
    D = "text"


print([(m.name, m.value) for m in Lower], Lower.ALPHA == "alpha", str(Lower.BETA_TWO))
print([(m.name, m.value) for m in Squares], [(m.name, m.value) for m in Mixed])


class Status(Enum):
    OK = 200
    NOT_FOUND = 404
    SUCCESS = 200  # alias

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.name.lower() == value.lower():
                    return m
        if value == 0:
            return None
        if value == -1:
            raise KeyError("negative status")
        if value == 999:
            return 5
        return None


print(Status("ok"), Status("Not_Found"), Status.SUCCESS is Status.OK, list(Status), list(Status.__members__))
print(Status.SUCCESS.name, Status(200).name, Status["SUCCESS"])
attempt("missing None", lambda: Status(0))
attempt("missing raises", lambda: Status(-1))
attempt("missing bad return", lambda: Status(999))
attempt("missing other", lambda: Status(500))


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W
    ALL = R | W | X


rw = Perm.R | Perm.W
print(rw, rw is Perm.RW, list(rw), len(rw), len(Perm.ALL), Perm.R in rw, Perm.X in rw)
print([m.name for m in Perm], list(Perm.__members__), bool(Perm(0)), Perm(0), ~Perm.R, ~Perm.ALL)
print(Perm.ALL & ~Perm.W, Perm.RW ^ Perm.ALL, Perm(5), Perm(7).name, (Perm.R | Perm.X).name)
attempt("flag out of range", lambda: Perm(8))


class Bits(IntFlag):
    A = 1
    B = 2
    C = 4


print(Bits.A | 8, int(Bits.A | Bits.C), Bits(3), Bits.B + 1, Bits.A | Bits.B == 3, list(Bits(7)))
print(Bits(0), ~Bits.A, Bits(12), Bits.A & 3, type(Bits.A & 3).__name__, 5 & Bits.C)


class Strict(Flag, boundary=enum.STRICT):
    P = 1
    Q = 2


class Conform(Flag, boundary=enum.CONFORM):
    P = 1
    Q = 2


class Keep(Flag, boundary=enum.KEEP):
    P = 1
    Q = 2


attempt("strict", lambda: Strict(7))
print(Conform(7), Keep(7), Keep(7).value, list(Keep(7)))


class Weekday(Flag):
    MON = auto()
    TUE = auto()
    WED = auto()
    THU = auto()
    FRI = auto()
    SAT = auto()
    SUN = auto()
    WEEKEND = SAT | SUN
    WORKDAYS = MON | TUE | WED | THU | FRI


days = Weekday.MON | Weekday.SAT | Weekday.SUN
print(days, [d.name for d in days], Weekday.WEEKEND in days, Weekday.WORKDAYS & days)
print(sorted((m.name for m in Weekday.WORKDAYS), reverse=True), repr(Weekday.WEEKEND))
print(enum.show_flag_values(13), Weekday._value2member_map_.get(96) is Weekday.WEEKEND)
