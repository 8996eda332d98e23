# enum: _missing_, _generate_next_value_, _ignore_, member methods, Flag boundaries,
# aliases in Flag, pseudo-members, __init__ with tuple values, properties on members.
import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto

class Status(Enum):
    OK = 200
    NOT_FOUND = 404
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.name.lower() == value.lower():
                    return m
        return None
print(Status(200), Status('ok'), Status('Not_Found'))
try:
    Status(500)
except ValueError as e:
    print('ValueError', e)

class Lower(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)
    ALPHA = auto()
    BETA = auto()
print([(m.name, m.value) for m in Lower])

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)
for p in Planet:
    print(p.name, p.value, round(p.surface_gravity, 4))

class Shape(Enum):
    _ignore_ = ['tmp']
    SQUARE = 4
    TRIANGLE = 3
    tmp = 99
print(list(Shape), hasattr(Shape, 'tmp'))

class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7
print(Perm(6), Perm(7), Perm.RWX, list(Perm.RWX), len(Perm), Perm(0))
print(Perm.R | Perm.X, (Perm.R | Perm.X).name, Perm(5).value)
print(Perm.RWX & ~Perm.W, Perm.R ^ Perm.RWX)
print([m.name for m in Perm], Perm.W in Perm.RWX)

class Strict(Flag, boundary=enum.STRICT):
    A = 1
    B = 2
try:
    Strict(8)
except ValueError as e:
    print('strict:', e)

class Conform(Flag, boundary=enum.CONFORM):
    A = 1
    B = 2
print(Conform(7), Conform(4))

class Keep(IntFlag, boundary=enum.KEEP):
    A = 1
    B = 2
print(Keep(9), int(Keep(9)), Keep.A | 16)

class Ordinal(IntEnum):
    FIRST = 1
    SECOND = 2
    def describe(self):
        return f'{self.name}={self.value}'
    @classmethod
    def biggest(cls):
        return max(cls)
print(Ordinal.FIRST.describe(), Ordinal.biggest(), Ordinal.SECOND + Ordinal.FIRST)
print(Ordinal.FIRST == 1, Ordinal(2) is Ordinal.SECOND, hash(Ordinal.FIRST) == hash(Ordinal.FIRST))
print(isinstance(Ordinal.FIRST, int), str(Ordinal.FIRST), repr(Ordinal.FIRST), format(Ordinal.FIRST, '>5'))
print(Ordinal.__members__.keys() == {'FIRST', 'SECOND'}.__class__(['FIRST', 'SECOND']) or list(Ordinal.__members__))

class Color(Enum):
    RED = 1
    GREEN = 2
    def __str__(self):
        return self.name.title()
print(str(Color.RED), f'{Color.GREEN}', repr(Color.RED))
d = {Color.RED: 'r', Color.GREEN: 'g'}
print(d[Color(1)], Color.RED in d)
try:
    Color.RED = 5
except AttributeError as e:
    print('AttributeError', e)
try:
    class Sub(Color):
        BLUE = 3
except TypeError as e:
    print('TypeError', e)
print(Color.RED.__class__.__name__, type(Color).__name__, Color.RED._value_, Color.GREEN._name_)
print(enum.unique.__name__, Color['RED'] == Color.RED, Color.RED != Color.GREEN)
