# enum.Flag/IntFlag arithmetic in depth: membership, iteration order, negation within the
# defined bits, aliases and pseudo-members, boundary handling, names of combinations.
from enum import Flag, IntFlag, auto, STRICT, CONFORM, EJECT, KEEP
class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
print([c.name for c in Color], Color.WHITE, list(Color.WHITE), ~Color.RED, ~Color.WHITE, Color(0), Color.RED | Color.BLUE)
print(Color.RED in Color.WHITE, Color.WHITE in Color.RED, bool(Color.RED & Color.GREEN), Color(3), Color(7) is Color.WHITE, len(Color.WHITE), (Color.RED ^ Color.WHITE))
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, Perm(7), Perm(5) & 4, Perm.R + 1, Perm(0), repr(Perm(6)), ~Perm.R, Perm(9), int(Perm(9)))
class Strict(Flag, boundary=STRICT):
    A = 1
    B = 2
try: Strict(4)
except ValueError as e: print(e)
class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 2
print(Conform(7), Conform(4))
class Eject(Flag, boundary=EJECT):
    A = 1
print(Eject(3), type(Eject(3)).__name__)
class Keep(Flag, boundary=KEEP):
    A = 1
print(Keep(5), Keep(5).value)
print(sorted(m.name for m in Color.__members__.values()), Color.RED.value, Color._member_map_.keys() == Color.__members__.keys())
