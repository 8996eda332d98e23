# getattr/setattr/hasattr/delattr builtins
class Obj:
    cls_attr = "class-level"
    def method(self):
        return "method result"

o = Obj()
setattr(o, "a", 1)
setattr(o, "with space", 2)
print(o.a, getattr(o, "with space"), getattr(o, "cls_attr"))
print(getattr(o, "missing", "default"), getattr(o, "missing", None))
print(hasattr(o, "a"), hasattr(o, "b"), hasattr(o, "method"), hasattr(Obj, "a"))
print(getattr(o, "method")())
try:
    getattr(o, "nope")
except AttributeError as e:
    print("AttributeError:", e)
delattr(o, "a")
print(hasattr(o, "a"))
try:
    delattr(o, "a")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(o, 5)
except TypeError as e:
    print("TypeError:", e)
for name in ["x", "y", "z"]:
    setattr(o, name, name.upper() * 2)
print([getattr(o, n) for n in "xyz"])
print(sorted(k for k in vars(o)))
setattr(Obj, "added", lambda self: "dynamic method")
print(o.added())
print(getattr(5, "real"), getattr("abc", "upper")(), hasattr([], "append"))
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    (1).foo = 2
except AttributeError as e:
    print("AttributeError:", e)
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError:", e)
class Tracker:
    def __setattr__(self, name, value):
        print("setting", name, "=", value)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        print("deleting", name)
        object.__delattr__(self, name)
t = Tracker()
t.q = 1
setattr(t, "r", 2)
t.q += 10
del t.r
print(t.q, hasattr(t, "r"))
