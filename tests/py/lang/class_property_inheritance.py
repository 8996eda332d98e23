# Properties interacting with inheritance and overrides
class Shape:
    def __init__(self, name):
        self._name = name
    @property
    def name(self):
        return self._name.title()
    @property
    def area(self):
        return 0
    def describe(self):
        return f"{self.name} with area {self.area}"

class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rectangle")
        self.w, self.h = w, h
    @property
    def area(self):
        return self.w * self.h

class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self._name = "square"
    @property
    def side(self):
        return self.w
    @side.setter
    def side(self, v):
        self.w = self.h = v

class Loud(Shape):
    @property
    def name(self):
        return super().name.upper() + "!"

for s in (Shape("blob"), Rect(2, 3), Square(4), Loud("noise")):
    print(type(s).__name__, "|", s.describe())
sq = Square(2)
sq.side = 5
print(sq.side, sq.area, sq.w, sq.h)
try:
    sq.area = 10
except AttributeError as e:
    print("AttributeError:", e)

class Extended(Square):
    @Square.side.setter
    def side(self, v):
        print("extended setter", v)
        Square.side.fset(self, v * 10)
e = Extended(1)
e.side = 3
print(e.side, e.area)
print(isinstance(Square.side, property), Square.side.fset is not None, Rect.area.fset)
class Cached:
    def __init__(self):
        self.computed = 0
    @property
    def value(self):
        if "_v" not in self.__dict__:
            self.computed += 1
            self._v = 99
        return self._v
c = Cached()
print(c.value, c.value, c.computed)
del c._v
print(c.value, c.computed)
