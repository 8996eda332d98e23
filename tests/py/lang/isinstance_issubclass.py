# isinstance / issubclass with classes, tuples, builtins
class A: pass
class B(A): pass
class C(B): pass
class D: pass
class E(D, A): pass
objs = [A(), B(), C(), D(), E()]
for o in objs:
    print(type(o).__name__, [cls.__name__ for cls in (A, B, C, D, E) if isinstance(o, cls)])
print(issubclass(C, A), issubclass(A, C), issubclass(A, A), issubclass(E, (B, D)))
print(isinstance(C(), (D, B)), isinstance(C(), ()), isinstance(5, (str, (float, int))))
print(isinstance(True, int), isinstance(1, bool), issubclass(bool, int))
print(isinstance(1.0, int), isinstance(1, float), isinstance("s", str))
print(isinstance([], list), isinstance((), tuple), isinstance({}, dict), isinstance(set(), set))
print(isinstance(None, object), isinstance(A, object), isinstance(A, type), isinstance(int, type))
print(issubclass(int, object), issubclass(type, object), issubclass(object, type))
print(isinstance(len, object), isinstance(print, type))
print(issubclass(KeyError, LookupError), issubclass(KeyError, IndexError))
print(isinstance(KeyError("k"), Exception), isinstance(KeyboardInterrupt(), Exception))
print(issubclass(KeyboardInterrupt, BaseException), issubclass(SystemExit, Exception))
try:
    isinstance(5, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(5, int)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(int, "int")
except TypeError as e:
    print("TypeError:", e)
print(type(C()) is C, type(C()) is B, type(C()) == C)
print(type(type), type(5).__name__, type(A).__name__, type(None).__name__)
print([t.__name__ for t in (type(1), type(1.5), type("s"), type([]), type(()), type({}), type(set()), type(len), type(lambda: 0), type(range(1)))])
def gen():
    yield
class K:
    def m(self):
        pass
print(type(gen()).__name__, type(K().m).__name__, type(K.m).__name__)
print(type(object()).__name__, type(NotImplemented).__name__, type(...).__name__)
print(isinstance(B(), A) and not isinstance(A(), B))
print(C.__base__.__name__, object.__bases__, A.__bases__ == (object,))
