# __new__ and __init__ interplay
class Tracked:
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        inst = super().__new__(cls)
        inst.created_by_new = True
        return inst
    def __init__(self, x):
        print("__init__", x)
        self.x = x

t = Tracked(5)
print(t.x, t.created_by_new)

class Sub(Tracked):
    def __init__(self, x, y=0):
        super().__init__(x)
        self.y = y
s = Sub(1, 2)
print(s.x, s.y, type(s).__name__)

class NotSelf:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(NotSelf())

class Singleton:
    _instance = None
    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            cls._instance.count = 0
        return cls._instance
    def __init__(self):
        self.count += 1
a = Singleton()
b = Singleton()
print(a is b, a.count)

class PositiveInt(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
p = PositiveInt(-7)
print(p, p + 1, type(p).__name__, isinstance(p, int))

class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
u = Upper("hello")
print(u, len(u), u.lower(), type(u.lower()).__name__)

class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
pt = Point(3, 4)
print(pt, pt.x, pt[1], len(pt))
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)
try:
    object.__new__(5)
except TypeError as e:
    print("TypeError:", e)
class NoArgs:
    pass
try:
    NoArgs(1)
except TypeError as e:
    print("TypeError:", e)
