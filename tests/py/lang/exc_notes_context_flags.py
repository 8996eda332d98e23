# Exception chaining and notes: add_note/__notes__, __cause__/__context__/__suppress_context__, traceback formatting.
import traceback, sys
def show(e):
    print(type(e).__name__, repr(str(e)), "cause=", type(e.__cause__).__name__ if e.__cause__ else None,
          "context=", type(e.__context__).__name__ if e.__context__ else None, "suppress=", e.__suppress_context__,
          "notes=", getattr(e, "__notes__", None))
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        z.add_note("first note")
        z.add_note("second note")
        raise ValueError("converted") from z
except ValueError as e:
    show(e); show(e.__cause__)
try:
    try:
        {}["k"]
    except KeyError:
        raise TypeError("no from")
except TypeError as e:
    show(e)
try:
    try:
        [][0]
    except IndexError:
        raise RuntimeError("from None") from None
except RuntimeError as e:
    show(e); print("context kept:", type(e.__context__).__name__)
e = ValueError("manual")
print(e.__suppress_context__); e.__cause__ = KeyError("c"); print(e.__suppress_context__)
e.__cause__ = None; print(e.__suppress_context__)
e.__suppress_context__ = False; print(e.__suppress_context__)
try:
    e.__cause__ = 5
except TypeError as x:
    print("TypeError", x)
try:
    e.__context__ = "s"
except TypeError as x:
    print("TypeError", x)
try:
    e.add_note(42)
except TypeError as x:
    print("TypeError", x)
e.__notes__ = "not a list"
try:
    e.add_note("n")
except TypeError as x:
    print("TypeError", x)
e2 = Exception("x"); e2.add_note("a"); e2.__notes__.append("b"); print(e2.__notes__)
del e2.__notes__; print(hasattr(e2, "__notes__")); e2.add_note("again"); print(e2.__notes__)
# format with notes and chain
def fmt(exc):
    return "".join(traceback.format_exception_only(type(exc), exc))
n = KeyError("key"); n.add_note("hint: check spelling"); n.add_note("multi\nline note")
print(fmt(n), end="")
try:
    try:
        raise OSError(2, "No such file", "f.txt")
    except OSError as o:
        o.add_note("while loading config")
        raise LookupError("lookup failed") from o
except LookupError as le:
    lines = traceback.format_exception(le)
    print([l for l in lines if not l.startswith("  File") and not l.startswith("    ")])
# context set automatically even through finally and nested handlers
try:
    try:
        raise ValueError("inner")
    finally:
        try:
            raise TypeError("in finally")
        except TypeError as t:
            print("handled", t, "ctx", repr(t.__context__))
except ValueError as v:
    print("outer got", v, v.__context__)
# context cycle prevention
a = ValueError("a"); b = TypeError("b")
try:
    try:
        raise a
    except ValueError:
        try:
            raise b
        except TypeError:
            raise a
except ValueError as got:
    print(got is a, repr(a.__context__), repr(b.__context__))
# raise from with class and instance
try:
    raise ValueError("x") from KeyError
except ValueError as v:
    print(repr(v.__cause__), v.__suppress_context__)
try:
    raise ValueError("x") from 5
except TypeError as t:
    print("TypeError", t)
# exception with notes raised uncaught in except group
eg = ExceptionGroup("grp", [ValueError(1), TypeError(2)])
eg.add_note("group note")
sub = eg.subgroup(ValueError)
print(sub, sub.__notes__, sub.exceptions, eg.split(TypeError)[0].__notes__)
# __traceback__ manipulation
try:
    raise ValueError("tb")
except ValueError as v:
    tb = v.__traceback__
    print(tb.tb_lineno > 0, tb.tb_next is None, v.with_traceback(None).__traceback__)
# str/repr of exception with various args
for ex in (Exception(), Exception("a"), Exception("a", 2), KeyError("k"), KeyError(), KeyError(1, 2), OSError(2, "ENOENT"),
           UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad"), StopIteration(5), SystemExit(3), BaseExceptionGroup("m", [KeyboardInterrupt()])):
    print(type(ex).__name__, repr(str(ex)), repr(ex), ex.args)
sys.stdout.flush()
# uncaught error with a note and a cause: last stderr line checked
err = RuntimeError("final failure")
err.add_note("note at the end")
raise err from ValueError("root cause")
