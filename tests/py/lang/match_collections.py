# match statements over collections and dataclasses: deque/range/OrderedDict/defaultdict/Counter subjects, collections.abc.Sequence subclasses
import collections
from dataclasses import dataclass
import collections
def seqs(v):
    match v:
        case [a, b]: return ("two", a, b)
        case []: return "empty"
        case _: return "no"
for v in [collections.deque([1, 2]), "ab", b"ab", bytearray(b"ab"), range(2), (1, 2), [1], collections.OrderedDict(a=1)]:
    print(seqs(v))
def maps(v):
    match v:
        case {1: a, 2: b}: return ("map", a, b)
        case {}: return "any map"
        case _: return "no"
for v in [{1: "a", 2: "b"}, {1: "a"}, collections.defaultdict(int, {1: 0, 2: 3}), [], collections.Counter("aab")]:
    print(maps(v))
@dataclass
class D:
    a: int
    b: str = "q"
match D(3):
    case D(a, b): print("dataclass", a, b)
class S(collections.abc.Sequence):
    def __len__(self): return 2
    def __getitem__(self, i):
        if i >= 2: raise IndexError
        return i * 10
match S():
    case [p, q]: print("abc seq", p, q)
