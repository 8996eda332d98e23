# property getter/setter/deleter
class Temperature:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        print("get celsius")
        return self._c
    @celsius.setter
    def celsius(self, v):
        print("set celsius", v)
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("delete celsius")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(hasattr(t, "_c"))
try:
    t.celsius
except AttributeError as e:
    print("AttributeError:", e)

class Old:
    def get_x(self):
        return self.__dict__.get("_x", 0)
    def set_x(self, v):
        self._x = v * 2
    x = property(get_x, set_x, None, "the x doc")
o = Old()
print(o.x); o.x = 5; print(o.x, Old.x.__doc__)
try:
    del o.x
except AttributeError as e:
    print("AttributeError:", e)
print(type(Old.x).__name__, Old.x.fget is Old.get_x)

class Lazy:
    calls = 0
    @property
    def value(self):
        Lazy.calls += 1
        return 42
lz = Lazy()
print(lz.value, lz.value, Lazy.calls)
class Sub(Temperature):
    @property
    def celsius(self):
        return "overridden"
print(Sub(1).celsius)
class Area:
    def __init__(self, w, h):
        self.w, self.h = w, h
    area = property(lambda self: self.w * self.h)
a = Area(3, 4)
print(a.area); a.w = 10; print(a.area)
