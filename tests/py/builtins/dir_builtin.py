# dir() of simple class instances, filtered to non-dunder names.
class Base:
    base_attr = 1
    def base_method(self):
        pass
class Thing(Base):
    cls_attr = "c"
    def __init__(self):
        self.zeta = 1
        self.alpha = 2
        self._private = 3
    def method(self):
        pass
    @property
    def prop(self):
        return 0
    @staticmethod
    def smeth():
        pass
t = Thing()
print([n for n in dir(t) if not n.startswith("__")])
print([n for n in dir(Thing) if not n.startswith("__")])
print([n for n in dir(Base) if not n.startswith("__")])
t.dynamic = True
print([n for n in dir(t) if not n.startswith("_")])
print(dir(t) == sorted(dir(t)), "__init__" in dir(t), "__class__" in dir(t), "zeta" in dir(Thing))
print([n for n in dir([]) if not n.startswith("_")])
print([n for n in dir({}) if not n.startswith("_")])
print([n for n in dir("") if not n.startswith("_")][:12])
print([n for n in dir(1) if not n.startswith("_")])
class Custom:
    def __dir__(self):
        return ["b", "a", "c"]
print(dir(Custom()))
def f():
    x = 1
    y = 2
    return dir()
print(f())
