# type(x).__name__ for literals and builtin objects.
def gen():
    yield 1
vals = [0, True, 1.5, "s", b"b", bytearray(), [], (), {}, set(), frozenset(), None, ..., NotImplemented,
        range(1), slice(1), len, print, gen, gen(), (x for x in ()), lambda: 0, type, object(), int, iter([]),
        iter(()), iter({}), {}.keys(), {}.values(), {}.items(), zip(), map(str, []), filter(None, []),
        enumerate([]), reversed([]), property(), staticmethod(len), classmethod(len),
        ValueError(), KeyError(), StopIteration()]
for v in vals:
    print(type(v).__name__)
print(type(type).__name__, type(int).__name__, type(None).__name__, type(Ellipsis).__name__)
class A:
    def m(self):
        pass
print(type(A).__name__, type(A()).__name__, type(A.m).__name__, type(A().m).__name__, A.__name__, A.__qualname__)
print(type(1) is int, type(True) is bool, type(1) == type(2), type("") is str, type([]) is not list)
print(type(3)(4.9), type("x")(12), type([])("ab"), type(())(range(2)), type({})(a=1))
print(int.__name__, str.__name__, list.__name__, dict.__name__, bool.__name__, float.__name__, type(None).__name__)
# type() of the result of common operations
exprs = [1 + 1, 1 + 1.0, 1 / 1, 7 // 2, 7.0 // 2, 2 ** -1, True + True, "a" * 2, [1] * 2, (1,) * 2,
         b"a" + b"b", {1} | {2}, {1: 2} | {}, divmod(7, 2), round(2.5), round(2.5, 1), abs(-1), -True]
print([type(e).__name__ for e in exprs])
