# raise ... from ..., __cause__, __context__, __suppress_context__
class AppError(Exception):
    pass

def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise AppError(f"cannot parse {s!r}") from e

try:
    parse("abc")
except AppError as e:
    print("AppError:", e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("context is cause:", e.__context__ is e.__cause__)
    print("suppress:", e.__suppress_context__)

try:
    try:
        {}["missing"]
    except KeyError:
        raise ValueError("implicit chain")
except ValueError as e:
    print("cause:", e.__cause__, "| context:", repr(e.__context__), "| suppress:", e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("no chain") from None
except RuntimeError as e:
    print("cause:", e.__cause__, "| context:", type(e.__context__).__name__, "| suppress:", e.__suppress_context__)

try:
    raise ValueError("direct") from KeyError("explicit cause")
except ValueError as e:
    print("cause:", repr(e.__cause__), "| context:", e.__context__)

try:
    raise ValueError("cls cause") from TypeError
except ValueError as e:
    print("cause type:", type(e.__cause__).__name__, e.__cause__.args)

try:
    raise ValueError("bad") from 5
except TypeError as e:
    print("TypeError:", e)

e = ValueError("fresh")
print(e.__cause__, e.__context__, e.__suppress_context__)
e.__cause__ = KeyError("set manually")
print(repr(e.__cause__), e.__suppress_context__)

def chain3():
    try:
        try:
            raise KeyError("a")
        except KeyError:
            raise IndexError("b")
    except IndexError:
        raise ValueError("c")
try:
    chain3()
except ValueError as e:
    c = e
    names = []
    while c is not None:
        names.append(type(c).__name__)
        c = c.__context__
    print(" <- ".join(names))
