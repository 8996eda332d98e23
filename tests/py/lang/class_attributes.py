# Class variables vs instance variables
class Counter:
    total = 0
    shared_list = []
    def __init__(self, name):
        self.name = name
        self.count = 0
        Counter.total += 1
    def hit(self):
        self.count += 1
        self.shared_list.append(self.name)

a = Counter("a")
b = Counter("b")
a.hit(); a.hit(); b.hit()
print(a.count, b.count, Counter.total, a.total, b.total)
print(Counter.shared_list, a.shared_list is b.shared_list)
a.total = 99
print(a.total, b.total, Counter.total)
del a.total
print(a.total)
Counter.total = 50
print(a.total, b.total)
print(sorted(vars(a)), sorted(k for k in vars(Counter) if not k.startswith("__")))
print("name" in a.__dict__, "total" in a.__dict__, "total" in Counter.__dict__)

class Config:
    debug = False
    level = 1
c1 = Config()
c2 = Config()
c1.debug = True
print(c1.debug, c2.debug, Config.debug)
Config.level = 5
print(c1.level, c2.level)
c2.level += 1
print(c1.level, c2.level, Config.level)
Config.new_attr = "added later"
print(c1.new_attr)

class WithMethodAttr:
    x = 1
    def get_x(self):
        return self.x
    @classmethod
    def cls_x(cls):
        return cls.x
w = WithMethodAttr()
w.x = 2
print(w.get_x(), w.cls_x(), WithMethodAttr.get_x(w))
class Sub(WithMethodAttr):
    pass
print(Sub.x, Sub().get_x())
Sub.x = 7
print(Sub.x, WithMethodAttr.x, Sub.cls_x())
print(Counter.__name__, Counter.__qualname__, Counter.__module__)
class Outer:
    class Inner:
        pass
print(Outer.Inner.__name__, Outer.Inner.__qualname__)
