# repr(), str() and ascii() of builtin values.
vals = [0, -5, 2 ** 70, 1.5, -0.0, 1e16, float("nan"), True, None, "text", "it's", "é☃", b"by\xfftes",
        [1, "a"], (1,), {"k": "v"}, {1, 2}, frozenset({3}), set(), range(2, 5), slice(1, 2), ..., NotImplemented,
        bytearray(b"ba"), "\n\t", 1.0, 100.0]
for v in vals:
    print(repr(v), "|", str(v), "|", ascii(v))
print(str(), repr(""), ascii(""), str(b"x"), str(123), str(-1.25), str(None), str(True))
print(str(int), str(len) == repr(len), repr(int), repr(type(None)), repr(object))
class Both:
    def __repr__(self):
        return "Both(repr é)"
    def __str__(self):
        return "Both str"
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
print(repr(Both()), str(Both()), ascii(Both()), str(OnlyRepr()), [Both()], f"{Both()!r}", f"{Both()}")
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
print(str(b"abc", "ascii"), str(object=5), repr(str("x")), str(str), type(repr(1)).__name__)
print(ascii("😀"), ascii(["é", b"\xe9"]), repr("😀"), len(ascii("é")), len(repr("é")))
