# Dynamic attribute setting on instances, classes and functions
class Thing:
    pass
t = Thing()
t.a = 1
t.b = [1, 2]
t.b.append(3)
print(t.a, t.b)
t.a = "rebound"
print(t.a)
Thing.shared = "class attr added after creation"
print(t.shared, Thing().shared)
t.shared = "instance shadow"
print(t.shared, Thing.shared)
del t.shared
print(t.shared)
def method(self):
    return "bound to " + type(self).__name__
Thing.method = method
print(t.method())
del Thing.method
print(hasattr(t, "method"))
def f():
    return f.counter
f.counter = 0
for _ in range(3):
    f.counter += 1
print(f(), f.__dict__)
class Namespace:
    def __init__(self, **kw):
        self.__dict__.update(kw)
ns = Namespace(x=1, y=2)
print(ns.x, ns.y, sorted(ns.__dict__))
ns.__dict__["z"] = 3
print(ns.z)
class Cls:
    x = 1
print(Cls.__dict__["x"], "y" in Cls.__dict__)
setattr(Cls, "y", 2)
print(Cls.y, "y" in Cls.__dict__)
delattr(Cls, "x")
print(hasattr(Cls, "x"))
obj = Cls()
name = "computed_" + str(7)
setattr(obj, name, name[::-1])
print(getattr(obj, "computed_7"))
print(vars(obj))
t2 = Thing()
t2.self_ref = t2
print(t2.self_ref.self_ref is t2)
