# Simple descriptors: __get__, __set__, __set_name__, data vs non-data
class Typed:
    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_" + name
    def __init__(self, kind):
        self.kind = kind
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}")
        setattr(obj, self.private, value)

class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age

p = Person("ann", 30)
print(p.name, p.age, sorted(vars(p)))
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
print(type(Person.name).__name__, Person.age.name)

class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"
class Holder:
    attr = NonData()
h = Holder()
print(h.attr)
h.__dict__["attr"] = "instance wins for non-data"
print(h.attr)

class Data:
    def __get__(self, obj, objtype=None):
        return "data descriptor wins"
    def __set__(self, obj, v):
        print("Data.__set__", v)
class Holder2:
    attr = Data()
h2 = Holder2()
h2.__dict__["attr"] = "ignored"
print(h2.attr)
h2.attr = 5

class Counter:
    def __init__(self):
        self.count = 0
    def __get__(self, obj, objtype=None):
        self.count += 1
        return self.count
class Use:
    c = Counter()
u = Use()
print(u.c, u.c, Use.c)
def plain(self):
    return "bound"
print(plain.__get__(u, Use)(), type(plain.__get__(u)).__name__)
