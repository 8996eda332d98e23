# isinstance/issubclass with single types, tuples and nested tuples.
vals = [0, True, 1.5, "s", b"b", [1], (1,), {1: 2}, {1}, None, range(1), len]
types = [int, bool, float, str, bytes, list, tuple, dict, set, type(None), object]
for v in vals:
    print(repr(v), [isinstance(v, t) for t in types])
print(isinstance(1, (str, int)), isinstance(1, (str, float)), isinstance("x", (int, (float, (str,)))))
print(isinstance(1, ()), isinstance(True, (float, int)), isinstance(1.0, (int,)))
print(issubclass(bool, int), issubclass(int, bool), issubclass(bool, (str, int)), issubclass(int, object))
print(issubclass(list, (tuple, dict)), issubclass(type, object), issubclass(object, type), isinstance(int, type))
class A:
    pass
class B(A):
    pass
class C(B):
    pass
print(isinstance(C(), A), isinstance(A(), C), issubclass(C, A), issubclass(A, (B, C)), issubclass(C, (int, B)))
print(isinstance(B(), (C, A)), isinstance(A, type), isinstance(A(), object), issubclass(C, C))
print([t.__name__ for t in (A, B, C) if isinstance(B(), t)])
for bad_args in [(1, 1), (1, (int, 1)), (1, [int])]:
    try:
        isinstance(*bad_args)
    except TypeError as e:
        print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(int, "x")
except TypeError as e:
    print("TypeError:", e)
def describe(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, (int, float)):
        return "number"
    if isinstance(x, (str, bytes)):
        return "text"
    if isinstance(x, (list, tuple, set, frozenset)):
        return "collection"
    return "other"
print([describe(v) for v in vals])
