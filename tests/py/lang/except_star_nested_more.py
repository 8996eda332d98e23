# except* with nested exception groups: split structure, re-raise merging, naked exceptions, subgroup/derive.
def tree(e, depth=0):
    pad = "  " * depth
    if isinstance(e, BaseExceptionGroup):
        print(f"{pad}{type(e).__name__}({e.message!r}) notes={getattr(e, '__notes__', None)}")
        for s in e.exceptions: tree(s, depth + 1)
    else:
        print(f"{pad}{type(e).__name__}({e})")
def make():
    return ExceptionGroup("top", [ValueError("v1"), ExceptionGroup("mid", [TypeError("t1"), ValueError("v2"),
           ExceptionGroup("deep", [KeyError("k1"), TypeError("t2")])]), OSError("o1")])
try:
    try:
        raise make()
    except* ValueError as g:
        print("ValueError part:"); tree(g)
    except* TypeError as g:
        print("TypeError part:"); tree(g)
except BaseException as rest:
    print("leftover:"); tree(rest)
# handler raising new exception inside except*
try:
    try:
        raise ExceptionGroup("eg", [ValueError("a"), TypeError("b")])
    except* ValueError:
        raise RuntimeError("new in handler")
    except* TypeError as g:
        raise
except BaseException as r:
    print("combined:"); tree(r)
    for s in r.exceptions:
        print(" ", type(s).__name__, "context:", type(s.__context__).__name__ if s.__context__ else None)
# naked exception gets wrapped
try:
    try:
        raise KeyError("naked")
    except* KeyError as g:
        print("naked wrapped:", type(g).__name__, repr(g.message), g.exceptions)
        raise
except KeyError as k:
    print("re-raised naked as", type(k).__name__, k)
except ExceptionGroup as g:
    print("re-raised as group", g)
try:
    try:
        raise OSError("naked-unmatched")
    except* ValueError:
        print("not here")
except OSError as o:
    print("unmatched naked propagates as", type(o).__name__, o)
# tuple of types, catching everything
try:
    raise ExceptionGroup("all", [ValueError(1), TypeError(2), ZeroDivisionError(3)])
except* (ValueError, ZeroDivisionError) as g:
    print("tuple match:", [repr(x) for x in g.exceptions])
except* Exception as g:
    print("rest:", [repr(x) for x in g.exceptions])
# subclass derive preserves custom type
class MyEG(ExceptionGroup):
    def derive(self, excs):
        d = MyEG(self.message + "+derived", excs)
        d.tag = getattr(self, "tag", None)
        return d
eg = MyEG("custom", [ValueError("x"), TypeError("y"), ExceptionGroup("in", [ValueError("z")])])
eg.tag = "T"; eg.add_note("n1")
match, rest = eg.split(ValueError)
tree(match); tree(rest); print(match.tag, rest.tag, match.__notes__, type(match.exceptions[1]).__name__)
print(eg.subgroup(lambda e: isinstance(e, TypeError)).exceptions, eg.subgroup(OSError))
print(eg.subgroup(lambda e: True) is eg, eg.split(Exception)[1])
# predicate sees groups too
seen = []
eg.split(lambda e: seen.append(type(e).__name__) or False)
print(seen)
# BaseExceptionGroup with non-Exception stays Base
try:
    try:
        raise BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError("v")])
    except* ValueError as g:
        print("val part type:", type(g).__name__)
except BaseException as b:
    print("remaining type:", type(b).__name__, b.exceptions)
# constructor errors
for args in (("m", []), ("m", [1]), (5, [ValueError()]), ("m", ValueError())):
    try:
        ExceptionGroup(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("m", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError", e)
print(type(BaseExceptionGroup("m", [ValueError()])).__name__)
# except* cannot catch ExceptionGroup type itself
try:
    try:
        raise ExceptionGroup("x", [ValueError()])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print("TypeError", e)
# continue/break/return not allowed is syntax; test handler ordering and else/finally
def f():
    out = []
    try:
        raise ExceptionGroup("g", [ValueError(1), ValueError(2), TypeError(3)])
    except* ValueError as g:
        out.append(("V", len(g.exceptions)))
    except* TypeError as g:
        out.append(("T", len(g.exceptions)))
    else:
        out.append("else")
    finally:
        out.append("finally")
    return out
print(f())
def g():
    r = "init"
    try:
        pass
    except* ValueError:
        r = "no"
    else:
        r = "else ran"
    return r
print(g())
# traceback of group printed uncaught: last line is the group
raise ExceptionGroup("final uncaught", [ValueError("a"), ExceptionGroup("inner", [TypeError("b")])])
