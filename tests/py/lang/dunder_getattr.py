# __getattr__ fallback and __getattribute__ override
class Fallback:
    real = "real value"
    def __init__(self):
        self.inst = "instance value"
    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("dyn_"):
            return name[4:].upper()
        raise AttributeError(f"Fallback has no {name!r}")

f = Fallback()
print(f.real, f.inst)
print(f.dyn_hello)
try:
    f.other
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(f, "missing", "default"))
print(hasattr(f, "dyn_x"), hasattr(f, "zzz"))

class Proxy:
    def __init__(self, target):
        self._target = target
        self.log = []
    def __getattr__(self, name):
        self.log.append(name)
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.log, p.count(1))

class Spy:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        if name != "__dict__":
            print("__getattribute__", name)
        return object.__getattribute__(self, name)
    def method(self):
        return "m"
s = Spy()
print(s.x)
print(s.method())

class Both:
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError("boom missing")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"fallback for {name}"
bo = Both()
print(bo.boom, bo.other)
class Default(dict):
    def __getattr__(self, k):
        try:
            return self[k]
        except KeyError:
            raise AttributeError(k) from None
d = Default(a=1)
print(d.a)
try:
    d.b
except AttributeError as e:
    print("AttributeError:", e)
