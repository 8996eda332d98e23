# reprlib: Repr limits per type (maxlist, maxdict, maxstring, maxlevel, maxother), repr_<type> hooks, recursive_repr.
import reprlib, array, collections

r = reprlib.Repr()
print(r.maxlevel, r.maxtuple, r.maxlist, r.maxarray, r.maxdict, r.maxset, r.maxfrozenset,
      r.maxdeque, r.maxstring, r.maxlong, r.maxother)
data = {
    "list": list(range(20)), "tuple": tuple(range(10)), "str": "x" * 50, "long": 10 ** 60,
    "set": set(range(12)), "frozenset": frozenset(range(3)), "deque": collections.deque(range(9)),
    "array": array.array("i", range(8)), "dict": {i: str(i) for i in range(8)},
    "nested": [[[[[1]]]], [2, [3, [4, [5, [6]]]]]], "bytes": b"y" * 40, "empty": [[], (), {}, set()],
    "single": (1,), "float": 1.0 / 3, "None": None,
}
for k, v in data.items():
    print(k.ljust(9), r.repr(v))

r2 = reprlib.Repr()
r2.maxlist = 3
r2.maxstring = 12
r2.maxdict = 2
r2.maxlevel = 2
r2.maxlong = 12
r2.maxother = 10
for k, v in data.items():
    print(k.ljust(9), r2.repr(v))

class Opaque:
    def __repr__(self):
        return "<Opaque " + "z" * 40 + ">"
print(r.repr(Opaque()), r2.repr(Opaque()))
class Broken:
    def __repr__(self):
        raise ValueError("nope")
out = r.repr(Broken())
print(out.startswith("<Broken instance at 0x"), out.endswith(">"))

class MyRepr(reprlib.Repr):
    def repr_int(self, x, level):
        return f"int({x})"
    def repr_Opaque(self, x, level):
        return "OPAQUE"
m = MyRepr()
print(m.repr([1, 2, (3, 4)]), m.repr(Opaque()), m.repr({"a": 5}))
print(reprlib.repr("a" * 100), reprlib.repr(list(range(100))))
print(reprlib.aRepr.maxlist, reprlib.repr({"k%d" % i: i for i in range(3)}))

class Node:
    def __init__(self, name):
        self.name, self.kids = name, []
    @reprlib.recursive_repr()
    def __repr__(self):
        return f"Node({self.name}, {self.kids})"
a, b = Node("a"), Node("b")
a.kids.append(b)
b.kids.append(a)
a.kids.append(a)
print(repr(a))
print(repr(b))
class Cyc(list):
    @reprlib.recursive_repr("<loop>")
    def __repr__(self):
        return "Cyc" + ", ".join(repr(x) for x in self)
c = Cyc([1])
c.append(c)
print(repr(c), Node.__repr__.__name__, Node.__repr__.__qualname__)
