# __len__, __getitem__, __setitem__, __delitem__, __contains__
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __len__(self):
        return self.w * self.h
    def __getitem__(self, key):
        print("getitem", key)
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"cell {key} out of range")
        return self.cells.get(key, ".")
    def __setitem__(self, key, value):
        print("setitem", key, value)
        self.cells[key] = value
    def __delitem__(self, key):
        print("delitem", key)
        del self.cells[key]
    def __contains__(self, value):
        return value in self.cells.values()

g = Grid(3, 2)
print(len(g))
g[0, 0] = "A"
g[2, 1] = "B"
print(g[0, 0], g[1, 1])
print("A" in g, "Z" in g, "Z" not in g)
del g[0, 0]
print("A" in g)
try:
    g[5, 5]
except IndexError as e:
    print("IndexError:", e)
try:
    del g[1, 1]
except KeyError as e:
    print("KeyError:", e)

class Seq:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if i >= self.n or i < 0:
            raise IndexError("Seq index out of range")
        return i * i
s = Seq(5)
print(s[2], s[-1], s[1:4], s[::2], s[::-1])
print(list(s), 16 in s, 15 in s)
print([x for x in s], sum(s), sorted(s, reverse=True))
a, b, *rest = s
print(a, b, rest)
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
class StrLen:
    def __len__(self):
        return "3"
try:
    len(StrLen())
except TypeError as e:
    print("TypeError:", e)
