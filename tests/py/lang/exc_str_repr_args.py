# str(e), repr(e), e.args for builtin exceptions
excs = [
    ValueError(),
    ValueError("msg"),
    ValueError("a", "b"),
    ValueError(42),
    ValueError(None),
    ValueError(""),
    KeyError("key"),
    KeyError(1),
    KeyError(),
    KeyError("a", "b"),
    IndexError("list index out of range"),
    TypeError("t"),
    RuntimeError("r", 1, [2]),
    Exception("generic"),
    StopIteration(5),
    ZeroDivisionError("division by zero"),
    AttributeError("attr"),
    NameError("name"),
    LookupError("lookup"),
    ArithmeticError(),
    OverflowError("too big"),
    NotImplementedError("todo"),
    AssertionError("assert"),
    UnicodeError("u"),
    OSError("os"),
]
for e in excs:
    print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args)
print(str(KeyError("quoted")), str(KeyError("it's")))
try:
    {}["nokey"]
except KeyError as e:
    print(str(e), repr(e), e.args)
try:
    {}[(1, 2)]
except KeyError as e:
    print(str(e), e.args)
try:
    [][5]
except IndexError as e:
    print(str(e), repr(e))
print(BaseException("base"), repr(BaseException()))
e = Exception("x", "y")
print(f"{e}", f"{e!r}", "%s" % (e,))
print(len(Exception(1, 2, 3).args), Exception([1]).args[0])
class E(Exception):
    pass
print(repr(E("m")), str(E(1, 2)))
