# Rich comparisons __lt__ __le__ __gt__ __ge__, reflection, sorting
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __lt__(self, other):
        return self.parts < other.parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "1.2"]]
print(sorted(vs))
print(max(vs), min(vs))
print(Version("1.0") < Version("1.1"), Version("2.0") > Version("1.9"))
try:
    print(Version("1.0") <= Version("1.0"))
except TypeError as e:
    print("TypeError:", e)

class Loud:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        print(f"{self.n}.__lt__({other.n})")
        return self.n < other.n
    def __gt__(self, other):
        print(f"{self.n}.__gt__({other.n})")
        return self.n > other.n
    def __le__(self, other):
        print(f"{self.n}.__le__({other.n})")
        return NotImplemented
    def __ge__(self, other):
        print(f"{self.n}.__ge__({other.n})")
        return NotImplemented
a, b = Loud(1), Loud(2)
print(a < b)
print(a > b)
try:
    print(a <= b)
except TypeError as e:
    print("TypeError:", e)

class Sub(Loud):
    def __gt__(self, other):
        print(f"Sub {self.n}.__gt__({other.n})")
        return True
print(Loud(5) < Sub(6))

class Num:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        if isinstance(other, Num):
            return self.v < other.v
        if isinstance(other, int):
            return self.v < other
        return NotImplemented
print(Num(1) < 5, 5 > Num(1), Num(1) < Num(0))
try:
    Num(1) < "x"
except TypeError as e:
    print("TypeError:", e)
print(sorted([Num(3), Num(1), Num(2)], key=lambda n: n.v)[0].v)
print([n.v for n in sorted([Num(3), Num(1), Num(2)], reverse=True)])
