# classmethod and staticmethod
class Date:
    count = 0
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        Date.count += 1
    @classmethod
    def from_string(cls, s):
        y, m, d = s.split("-")
        return cls(int(y), int(m), int(d))
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    @classmethod
    def created(cls):
        return cls.count
    def as_str(self):
        return f"{self.y:04d}-{self.m:02d}-{self.d:02d}"

d = Date.from_string("2024-2-9")
print(d.as_str(), type(d).__name__)
print(Date.is_leap(2000), Date.is_leap(1900), d.is_leap(2024), Date.is_leap(2023))
print(Date.created(), d.created())

class SubDate(Date):
    pass
s = SubDate.from_string("1999-12-31")
print(type(s).__name__, s.as_str(), SubDate.created())

class Registry:
    items = []
    @classmethod
    def add(cls, x):
        cls.items = cls.items + [x]
        return cls
class R2(Registry):
    pass
Registry.add(1)
R2.add(2)
print(Registry.items, R2.items)

sm = Date.__dict__["is_leap"]
cm = Date.__dict__["from_string"]
print(type(sm).__name__, type(cm).__name__)
print(sm.__func__(2004))
bound = Date.from_string
print(bound.__self__ is Date)
def plain(x):
    return x * 3
class Holder:
    f = staticmethod(plain)
    g = classmethod(lambda cls, v: cls.__name__ + str(v))
print(Holder.f(2), Holder().f(3), Holder.g(1), Holder().g(2))
class Factory:
    def __init__(self, v):
        self.v = v
    @classmethod
    def double(cls, v):
        return cls(v * 2)
    @staticmethod
    def helper():
        return "helper"
print(Factory.double(21).v, Factory.helper(), Factory(0).helper())
