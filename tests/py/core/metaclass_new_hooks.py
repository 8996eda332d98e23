# A metaclass's own __new__ runs for class statements (regression: it was skipped when the
# metaclass had no __init__), type.__module__ can be set on classes, object.__subclasshook__
# and instantiating a class with __abstractmethods__.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = name.lower()
        return cls


class A(metaclass=Meta):
    x = 1


class B(A):
    y = 2


print(A.tag, B.tag, type(B).__name__)
A.__module__ = "elsewhere"
print(A.__module__, B.__module__)
try:
    int.__module__ = "x"
except TypeError as e:
    print("TypeError", e)
print(object.__subclasshook__(int), A.__subclasshook__(B))


class Abstract:
    pass


Abstract.__abstractmethods__ = frozenset({"run", "go"})
try:
    Abstract()
except TypeError as e:
    print("TypeError", e)
Abstract.__abstractmethods__ = frozenset()
print(type(Abstract()).__name__)
