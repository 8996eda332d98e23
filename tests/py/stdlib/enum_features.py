# enum: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, aliases, iteration, lookup by value/name,
# unique, functional API, __members__, flag combination and iteration, boundaries, errors.
import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(list(Color), Color(1), Color['GREEN'], Color.CRIMSON is Color.RED, Color.RED.name, Color.RED.value)
print(repr(Color.BLUE), str(Color.BLUE), len(Color), list(Color.__members__), Color.RED in Color)
try: Color(7)
except ValueError as e: print(e)
try: Color['PINK']
except KeyError as e: print('KeyError', e)
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE + 1, Num.TWO * 3, Num.ONE < Num.TWO, sorted([Num.TWO, Num.ONE]), int(Num.TWO), Num(2), format(Num.ONE), f'{Num.TWO}')
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, list(rw), ~Perm.R, Perm(0), bool(Perm(0)), Perm.RW is rw, rw.value)
print(list(Perm), Perm(7), [m.name for m in Perm(5)])
class IP(IntFlag):
    A = 1
    B = 2
    C = 4
print(IP.A | IP.C, IP.A | 8, repr(IP(3)), IP.B & 3, int(IP.C), IP(0))
class S(StrEnum):
    X = auto()
    Y = 'yy'
print(S.X, S.Y.upper(), S.X == 'x', list(S), repr(S.Y))
class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
print([(m.name, m.value) for m in Auto])
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e: print(e)
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, Enum('X', [('a', 5), ('b', 6)]).b.value)
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass, self.radius = mass, radius
    @property
    def gravity(self):
        return round(6.67e-11 * self.mass / self.radius ** 2, 3)
print(Planet.EARTH.gravity, Planet.MARS.mass, Planet((6.42e23, 3.39e6)))
class Shape(Enum):
    SQUARE = 'sq'
    @classmethod
    def _missing_(cls, value):
        return cls.SQUARE if value == 'square' else None
print(Shape('square'))
try: Color.RED = 5
except AttributeError as e: print(e)
print({Color.RED: 'r'}[Color.CRIMSON], Color.RED == 1, Num.ONE == 1, hash(Color.RED) == hash(Color.RED))
print(enum.Enum.__name__, isinstance(Color.RED, Color), type(Color.RED).__name__, Color.__class__.__name__)
