# callable() on functions, classes, instances and builtins.
def f():
    pass
class Plain:
    pass
class WithCall:
    def __call__(self, x=0):
        return x + 1
class Meth:
    def m(self):
        return "m"
    @staticmethod
    def s():
        return "s"
    @classmethod
    def c(cls):
        return "c"
items = [f, lambda: 0, Plain, Plain(), WithCall, WithCall(), len, print, int, "str", 5, None, [], str.upper,
         "x".upper, Meth().m, Meth.s, Meth.c, type, object, (x for x in ()), iter([]), range]
print([callable(i) for i in items])
w = WithCall()
print(w(), w(41), callable(w.__call__))
inst = Plain()
inst.__call__ = lambda: "instance attr"
print(callable(inst))
try:
    inst()
except TypeError as e:
    print("TypeError:", e)
for bad in (5, "str", None, [1]):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    callable()
except TypeError as e:
    print("TypeError:", e)
registry = {"up": str.upper, "len": len, "num": 42}
for k, v in registry.items():
    print(k, v("abc") if callable(v) else v)
print(callable(callable), callable(Meth().s), callable(Meth.m), callable(print) and callable(dict.get))
