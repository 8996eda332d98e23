# match statements: literal, capture, wildcard, value, sequence, mapping, class and or-patterns, guards, errors
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y

def describe(v):
    match v:
        case 0 | 1 as small: return f"small {small}"
        case int(n) if n < 0: return f"negative {n}"
        case float() | bytes(): return "float-ish"
        case str(s) if s.startswith("a"): return "a-str " + s
        case [x, y, *rest]: return f"seq {x} {y} {rest}"
        case (x,): return f"one {x}"
        case {"k": v2, **others}: return f"map {v2} {others}"
        case Point(0, y): return f"on y axis {y}"
        case Point(x=xx, y=0): return f"on x axis {xx}"
        case Point(): return "point"
        case None: return "none"
        case True: return "true"
        case _: return "other " + repr(v)

for v in [0, 1, -5, 7, 2.5, 3.5, "abc", "xyz", [1, 2, 3, 4], (9,), [], {"k": 1, "z": 2}, {"z": 1},
          Point(0, 5), Point(3, 0), Point(1, 1), None, True, range(3), b"ab", {1, 2}]:
    print(describe(v))

class Bad:
    __match_args__ = ["x"]
for thunk in [lambda: Bad(), lambda: 5]:
    try:
        match thunk():
            case Bad(1): print("bad")
            case int(1, 2): print("int2")
    except TypeError as e:
        print("TypeError", e)
try:
    match 5:
        case Point(1, 2, 3): pass
except TypeError as e:
    print("TypeError", e)
try:
    class K:
        A = 1
        B = 1
    match {1: 2}:
        case {K.A: _, K.B: _}: pass
except Exception as e:
    print(type(e).__name__, e)
def cmd(c):
    match c.split():
        case ["go", ("north" | "south") as d]: return "go " + d
        case ["take", *items]: return "take " + ",".join(items)
        case _: return "?"
print(cmd("go north"), cmd("take a b c"), cmd("fly"))

class MyDict(dict): pass
class MyList(list): pass
for v in [MyDict(k=3), MyList([1, 2]), MyList(), "k"]:
    match v:
        case {"k": x}: print("mydict", x)
        case [a, b]: print("mylist", a, b)
        case []: print("empty mylist")
        case _: print("neither", type(v).__name__)
class WithGetattr:
    def __getattr__(self, name):
        if name == "dyn": return 42
        raise AttributeError(name)
match WithGetattr():
    case WithGetattr(dyn=d, missing=m): print("both", d, m)
    case WithGetattr(dyn=d): print("dyn", d)
try:
    match 3:
        case len(): pass
except TypeError as e:
    print("TypeError", e)
def nested(v):
    match v:
        case [Point(x=0) as p, {"a": [1, *_]}]: return ("nested", p.y)
        case [[[x]]]: return ("deep", x)
        case (1 | 2 | 3) as n: return ("lit", n)
        case str() | bytes() as s: return ("strish", s)
        case _: return "no"
for v in [[Point(0, 9), {"a": [1, 2, 3]}], [[[7]]], 2, "q", b"r", [Point(1, 9), {"a": [1]}]]:
    print(nested(v))
