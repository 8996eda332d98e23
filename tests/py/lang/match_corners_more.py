# match: class patterns with __match_args__, mapping **rest, guards binding, or-patterns, value patterns, errors.
from dataclasses import dataclass
from enum import Enum
import collections
class Color(Enum):
    RED = 1
    GREEN = 2
@dataclass
class Pt:
    x: int
    y: int
class Custom:
    __match_args__ = ("a", "b")
    def __init__(self, a, b, c=None): self.a, self.b, self.c = a, b, c
class Prop:
    __match_args__ = ("val",)
    calls = 0
    @property
    def val(self):
        Prop.calls += 1
        return 42
class BadArgs:
    __match_args__ = ["a"]
    a = 1
class TooFew:
    __match_args__ = ("a",)
    a = 1
def classify(o):
    match o:
        case Pt(0, 0): return "origin"
        case Pt(x=0, y=yy): return f"on y-axis at {yy}"
        case Pt(xx, yy) if xx == yy: return f"diagonal {xx}"
        case Pt(x, y=0) if (neg := x < 0): return f"neg x-axis {x} {neg}"
        case Pt(): return "some point"
        case Custom(1, b, c=None): return f"custom1 b={b}"
        case Custom(a, Pt(x, y) as inner): return f"custom with point {a} {inner}"
        case Custom(a=[*_, last]): return f"custom seq last={last}"
        case Prop(42): return "prop matched"
        case bool(b): return f"bool {b}"
        case int(i) | float(i) if i > 100: return f"big number {i}"
        case int() | float(): return "number"
        case str() as s if len(s) > 3: return "long str " + s
        case str(s): return "str " + s
        case Color.RED: return "red!"
        case Color(): return "other color " + o.name
        case {"type": "user", "name": str(name), **rest}: return f"user {name} rest={sorted(rest)}"
        case {"type": "point", "at": (x, y)}: return f"point map {x},{y}"
        case {"k": _, **rest} if not rest: return "only k"
        case {}: return "some mapping " + str(len(o))
        case [1, *mid, 9]: return f"1..9 mid={mid}"
        case [(a, b), *_] if a == b: return "pair-equal first"
        case [x, y, *rest] if rest: return f"long seq {x} {y} +{len(rest)}"
        case (x, y): return f"pair {x} {y}"
        case []: return "empty seq"
        case None: return "none"
        case _: return "fallback " + type(o).__name__
tests = [Pt(0, 0), Pt(0, 5), Pt(3, 3), Pt(-2, 0), Pt(1, 2), Custom(1, "b"), Custom(1, "b", c=3), Custom(7, Pt(1, 2)),
         Custom([1, 2, 3], 0), Custom("xy", 0), Prop(), True, False, 500, 2.5, 1000.0, "hi", "hello", Color.RED, Color.GREEN,
         {"type": "user", "name": "ann", "age": 3, "zz": 1}, {"type": "user", "name": 5}, {"type": "point", "at": [1, 2]},
         {"k": 1}, {"k": 1, "j": 2}, collections.OrderedDict(a=1), [1, 2, 3, 9], [1, 9], [(2, 2), 0], [5, 6, 7], (5, 6), [],
         "ab", b"ab", None, range(2), collections.deque([1, 2]), bytearray(b"xy"), object]
for o in tests:
    print(classify(o) if not isinstance(o, type) else classify(o))
print("Prop.calls", Prop.calls)
for o in (BadArgs(), TooFew()):
    try:
        match o:
            case BadArgs(x): print("bad matched", x)
            case TooFew(x, y): print("toofew matched")
    except TypeError as e:
        print("TypeError", e)
try:
    match 5:
        case int(x, y): pass
except TypeError as e:
    print("TypeError", e)
try:
    match Pt(1, 2):
        case Pt(1, x=1): pass
except TypeError as e:
    print("TypeError", e)
try:
    match 1:
        case len(): pass
except TypeError as e:
    print("TypeError", e)
# binding persists after failed guard / partial match
match [1, 2]:
    case [a, b] if a > b: print("no")
    case _: print("after failed guard a,b =", a, b)
match {"x": 1}:
    case {"x": v, "y": w}: print("nope")
    case _: print("partial map bind v =", v if "v" in dir() else "unbound")
# mapping pattern with duplicate-ish keys, getitem via get, defaultdict not triggering __missing__
dd = collections.defaultdict(list, a=1)
match dd:
    case {"b": _}: print("b matched?!")
    case {"a": 1}: print("defaultdict matched a, keys", sorted(dd))
class GetCount(dict):
    n = 0
    def get(self, *a):
        GetCount.n += 1
        return super().get(*a)
match GetCount(p=1, q=2):
    case {"p": 1, "q": 2, **r}: print("getcount", GetCount.n, r)
# value patterns with dotted names and literals
class K:
    A = "alpha"
    N = -3
for v in ("alpha", -3, 1 + 2j, -0.0, None, True, 1):
    match v:
        case K.A: print("K.A")
        case K.N: print("K.N")
        case 1+2j: print("complex literal")
        case 0.0: print("zero float (matches -0.0)")
        case True: print("True literal")
        case 1: print("one literal")
        case None: print("None literal")
# star in middle with strings not matched as sequence
for v in ("abc", b"abc", bytearray(b"a"), [*"abc"], (1,), iter([1])):
    match v:
        case [first, *rest]: print("seq", first, rest)
        case _: print("not seq", type(v).__name__)
