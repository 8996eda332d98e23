# __eq__, __ne__, __hash__ and their use in dicts and sets
class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        print("eq called", self.k, getattr(other, "k", other))
        return isinstance(other, Key) and self.k == other.k
    def __hash__(self):
        return hash(self.k)
    def __repr__(self):
        return f"Key({self.k})"

a, b, c = Key(1), Key(1), Key(2)
print(a == b, a == c, a != b, a != c)
print(a == 1)
d = {a: "first"}
d[b] = "second"
print(len(d), d[Key(1)])
s = {Key(3), Key(3), Key(4)}
print(len(s))

class NoHash:
    def __eq__(self, other):
        return True
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)
print(NoHash.__hash__ is None)
try:
    {NoHash(): 1}
except TypeError as e:
    print("TypeError:", e)

class Plain:
    pass
p, q = Plain(), Plain()
print(p == p, p == q, p != q, hash(p) == hash(p))
print(len({p, q, p}))

class AlwaysNot:
    def __eq__(self, other):
        return NotImplemented
print(AlwaysNot() == AlwaysNot(), AlwaysNot() != 5)
x = AlwaysNot()
print(x == x, x != x)

class NeOnly:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    __hash__ = object.__hash__
print(NeOnly(1) != NeOnly(2), NeOnly(1) != NeOnly(1))

class Sym:
    def __eq__(self, other):
        print("Sym.__eq__")
        return "sym-result"
print(5 == Sym(), Sym() == 5)
print([Sym()] == [Sym()] if False else "skip")
print(Key(7) in [Key(6), Key(7)])
class HashInt:
    def __hash__(self):
        return 12345
print(hash(HashInt()))
print(hash(1) == hash(1.0) == hash(True), hash("a") == hash("a"))
print(hash((1, 2)) == hash((1, 2)), hash(-1) == hash(-2))
