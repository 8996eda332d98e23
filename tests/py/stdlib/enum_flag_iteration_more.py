# enum in practice: a permissions Flag with combinations and parsing, IntEnum in arithmetic
# and sorting, StrEnum in formatting/JSON, functional API with start, member aliases in
# iteration vs __members__, enum in match statements, pickling-free copying.
import enum, json, copy
class Perm(enum.IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1
    ALL = 7
def parse(s):
    p = Perm(0)
    for ch, flag in zip('rwx', (Perm.READ, Perm.WRITE, Perm.EXEC)):
        if ch in s:
            p |= flag
    return p
for s in ['r', 'rw', 'rwx', 'x', '']:
    p = parse(s)
    print(repr(s), p, int(p), oct(p), [m.name for m in Perm if m in p and m is not Perm.ALL], p == Perm.ALL, str(p))
print(Perm.READ | 8, Perm(12), list(Perm), Perm.ALL & ~Perm.WRITE, bool(Perm(0)), Perm.READ + 1, Perm.WRITE in Perm.ALL)
class Level(enum.IntEnum):
    LOW = 10
    MID = 20
    HIGH = 30
print(sorted([Level.HIGH, 15, Level.LOW, 25]), Level.MID * 2, Level(20) is Level.MID, max(Level), Level.LOW < Level.HIGH, [l.name for l in reversed(Level)], Level['HIGH'].value)
class Color(enum.StrEnum):
    RED = enum.auto()
    GREEN = 'verde'
print(json.dumps({'c': Color.RED, 'list': list(Color)}), f'{Color.GREEN}', Color.RED + '!', Color('verde').name, Color.RED.upper())
Animal = enum.Enum('Animal', 'ANT BEE CAT', start=10)
Shape = enum.Enum('Shape', {'SQUARE': 4, 'TRI': 3})
print([(a.name, a.value) for a in Animal], Shape.TRI.value, Animal(11), Animal.__name__)
class Dup(enum.Enum):
    A = 1
    B = 2
    ALIAS = 1
print(list(Dup), list(Dup.__members__), Dup.ALIAS is Dup.A, Dup(1).name)
def handle(c):
    match c:
        case Color.RED:
            return 'stop'
        case Color.GREEN:
            return 'go'
print(handle(Color.RED), handle(Color.GREEN), copy.copy(Level.MID) is Level.MID, copy.deepcopy(Perm.READ) is Perm.READ)
class Op(enum.Enum):
    ADD = '+'
    SUB = '-'
    def apply(self, a, b):
        return a + b if self is Op.ADD else a - b
    @classmethod
    def parse(cls, sym):
        return cls(sym)
print(Op.parse('-').apply(5, 3), Op.ADD.apply(2, 2), Op.ADD.__class__.__name__, Op._member_names_, Op._value2member_map_['+'])
try:
    Op('*')
except ValueError as e:
    print('ValueError', e)
print(hash(Op.ADD) == hash(Op.ADD), {Op.ADD: 1}[Op('+')], Op.ADD != Op.SUB, isinstance(Op.ADD, Op), type(Op.ADD).__mro__[1].__name__)
