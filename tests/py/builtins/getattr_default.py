# getattr/setattr/hasattr/delattr with defaults and error messages.
class Box:
    kind = "class-attr"
    def __init__(self):
        self.value = 10
    def method(self):
        return "called"
b = Box()
print(getattr(b, "value"), getattr(b, "kind"), getattr(b, "missing", "dflt"), getattr(b, "missing", None))
print(getattr(b, "method")(), getattr(Box, "kind"), getattr(5, "real"), getattr("s", "upper")())
try:
    getattr(b, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(5, "nope")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(b, 5)
except TypeError as e:
    print("TypeError:", e)
print(hasattr(b, "value"), hasattr(b, "nope"), hasattr(Box, "method"), hasattr([], "append"), hasattr(None, "x"))
setattr(b, "new", [1, 2])
print(b.new, getattr(b, "new"))
setattr(b, "value", b.value * 2)
print(b.value)
delattr(b, "new")
print(hasattr(b, "new"), getattr(b, "new", "gone"))
try:
    delattr(b, "new")
except AttributeError as e:
    print("AttributeError:", e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    setattr([], "y", 1)
except AttributeError as e:
    print("AttributeError:", e)
class Dyn:
    def __getattr__(self, name):
        if name.startswith("auto_"):
            return name[5:].upper()
        raise AttributeError(name)
d = Dyn()
print(getattr(d, "auto_xyz"), getattr(d, "other", "fallback"), hasattr(d, "auto_q"), hasattr(d, "q"))
for name in ["value", "kind", "method", "absent"]:
    print(name, hasattr(b, name), type(getattr(b, name, None)).__name__)
setattr(Box, "added", "on class")
print(b.added, Box().added)
