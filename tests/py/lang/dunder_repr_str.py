# __repr__ and __str__ interplay with print, str(), repr(), f-strings, containers
class Both:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Both({self.v!r})"
    def __str__(self):
        return f"<{self.v}>"
class ReprOnly:
    def __repr__(self):
        return "ReprOnly()"
class StrOnly:
    def __str__(self):
        return "just str"

b = Both("x")
print(b)
print(str(b), repr(b))
print([b, b], (b,), {"k": b})
print(f"{b} {b!r} {b!s}")
print("%s %r" % (b, b))
r = ReprOnly()
print(r, str(r), [r])
s = StrOnly()
print(s, str(s))
print(format(b), format(r))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"{type(self).__name__}({self.x}, {self.y})"
class Point3(Point):
    pass
print(Point(1, 2), Point3(3, 4), [Point(0, 0)])
class Nested:
    def __init__(self, child):
        self.child = child
    def __repr__(self):
        return "Nested(" + repr(self.child) + ")"
print(Nested(Nested(Both(5))))
print(Nested("str"), Nested(None), Nested([1, "a"]))
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
print(repr("quote's"), repr('dq"'), repr("both'\""), str("plain"))
print(repr(1.0), repr(True), repr(None), repr([1, "a", 2.5]))
class StrSub(str):
    def __repr__(self):
        return "StrSub!"
print(StrSub("hey"), repr(StrSub("hey")), [StrSub("a")])
