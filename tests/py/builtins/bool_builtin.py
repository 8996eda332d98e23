# bool() truthiness for builtin values and custom __bool__/__len__.
vals = [0, 1, -1, 0.0, -0.0, 0.1, float("nan"), "", " ", "0", "False", b"", b"\x00", [], [0], (), ((),), {}, {0: 0},
        set(), {0}, frozenset(), range(0), range(1), None, True, False, 2 ** 100, ..., bytearray()]
for v in vals:
    print(repr(v), bool(v))
print(bool(), type(bool(1)).__name__, bool(bool), bool(len))
class T:
    def __bool__(self):
        return True
class F:
    def __bool__(self):
        return False
class L0:
    def __len__(self):
        return 0
class L3:
    def __len__(self):
        return 3
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
class Plain:
    pass
print(bool(T()), bool(F()), bool(L0()), bool(L3()), bool(Both()), bool(Plain()))
print(not F(), not L3(), "yes" if L0() else "no", [x for x in [T(), F(), L0(), L3()] if x].__len__())
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class NegLen:
    def __len__(self):
        return -1
try:
    bool(NegLen())
except ValueError as e:
    print("ValueError:", e)
try:
    bool(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(True + bool("x"), bool(0) or "fallback", bool([]) and "never")
