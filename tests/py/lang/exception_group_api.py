# BaseExceptionGroup / ExceptionGroup: construction rules and messages, message/exceptions,
# split/subgroup/derive (types, tuples, predicates, subclasses), metadata copied to parts, notes.
def t(f):
    try: print(repr(f()))
    except BaseException as e: print(type(e).__name__, e)
t(lambda: ExceptionGroup("a",[ValueError()], x=1))
eg = ExceptionGroup("a",[ValueError(), ExceptionGroup("b", [TypeError()])])
def setm(): eg.message = "x"
t(setm)
def sete(): eg.exceptions = ()
t(sete)
def delm(): del eg.message
t(delm)
print(eg.__dict__, vars(eg))
t(lambda: eg.split(lambda e: True)[0] is eg)
seen = []
eg.split(lambda e: seen.append(repr(e)) or False)
print(seen)
t(lambda: eg.split(ExceptionGroup)[0] is eg)
t(lambda: eg.split((KeyError, ExceptionGroup))[0] is eg)
t(lambda: eg.subgroup(TypeError))
t(lambda: eg.subgroup(KeyError))
t(lambda: eg.split([ValueError]))
t(lambda: eg.split((ValueError, 1)))
t(lambda: ExceptionGroup[int])
t(lambda: eg.derive([KeyError()]))
t(lambda: eg.derive([KeyboardInterrupt()]))
t(lambda: eg.derive(1))
class Bad(ExceptionGroup):
    def derive(self, excs): return 1
t(lambda: Bad("x", [ValueError(), TypeError()]).split(ValueError))
class MyEG(ExceptionGroup):
    def __new__(cls, message, excs, code):
        obj = super().__new__(cls, message, excs)
        obj.code = code
        return obj
    def derive(self, excs):
        return MyEG(self.message, excs, self.code)
m = MyEG("mine", [ValueError(1), TypeError(2)], 42)
print(repr(m), m.args, m.code, str(m))
a, b = m.split(ValueError)
print(repr(a), a.code, repr(b), type(b).__name__)
class NoDerive(ExceptionGroup): pass
a, b = NoDerive("nd", [ValueError(1), TypeError(2)]).split(ValueError)
print(type(a).__name__, repr(a))
class BEG(BaseExceptionGroup): pass
t(lambda: type(BEG("x", [ValueError()])))
class EGE(BaseExceptionGroup, Exception): pass
t(lambda: EGE("x", [KeyboardInterrupt()]))
t(lambda: BaseExceptionGroup("x", [KeyboardInterrupt()]).split(KeyboardInterrupt))
t(lambda: BaseExceptionGroup("x", [KeyboardInterrupt(), ValueError()]).split(KeyboardInterrupt))
t(lambda: BaseExceptionGroup("x", [ValueError(1)]) == BaseExceptionGroup("x", [ValueError(1)]))
t(lambda: ExceptionGroup("x", [ValueError(1)]).with_traceback(None))
t(lambda: ExceptionGroup("x", "ab"))
t(lambda: ExceptionGroup("x", {ValueError()}))
t(lambda: ExceptionGroup("x", {1: ValueError()}))
t(lambda: ExceptionGroup("x", [ValueError(), 2]))
t(lambda: BaseExceptionGroup("x", [ValueError], 2))
t(lambda: ExceptionGroup("x", [ValueError]))
t(lambda: ExceptionGroup(b"x", [ValueError()]))
class S(str): pass
t(lambda: repr(ExceptionGroup(S("s"), [ValueError()]).message))
t(lambda: BaseExceptionGroup.__new__(ExceptionGroup, "x", [KeyboardInterrupt()]))
t(lambda: BaseExceptionGroup.__new__(1, "x", [KeyboardInterrupt()]))
t(lambda: BaseExceptionGroup.__new__(ValueError, "x", [KeyboardInterrupt()]))
e = ExceptionGroup("x", [ValueError(1)])
e.__init__("y", [1,2], 3)
print(e.args, e.message, e.exceptions)
orig = ExceptionGroup("x",[ValueError(1), TypeError(2)])
try:
    try: raise orig
    except* KeyError: pass
except ExceptionGroup as e: print(e is orig, e)
try:
    try: raise orig
    except* ValueError: raise
except ExceptionGroup as e: print(e is orig, e, e.exceptions)
try:
    try: raise orig
    except* ValueError as v: print(v, v is orig, repr(v))
except ExceptionGroup as e: print(e is orig, e, e.exceptions)
eg = ExceptionGroup("n", [ValueError(1)])
eg.add_note("hello")
m, r = eg.split(ValueError)
print(m is eg, r)
m, r = ExceptionGroup("n", [ValueError(1), TypeError()]).split(ValueError)
print(repr(m), repr(r))
eg = ExceptionGroup("n", [ValueError(1), TypeError()])
eg.add_note("hi")
m, r = eg.split(ValueError)
print(m.__notes__, m.__notes__ is eg.__notes__)
try: eg.split(len)
except Exception as e: print(repr(e))
try: eg.split(1)
except Exception as e: print(repr(e))
try: eg.split(int)
except Exception as e: print(repr(e))
print(eg.split(lambda e: isinstance(e, TypeError)))
import functools
try: print(eg.split(functools.partial(isinstance)))
except Exception as e: print(repr(e))
print(repr(BaseExceptionGroup("a", [ValueError()])), type(BaseExceptionGroup("a", [KeyboardInterrupt()])))
print(ExceptionGroup.__mro__, BaseExceptionGroup.__mro__)
for args in [(), ("a",), ("a", 1), ("a", []), ("a", [1]), (1, [ValueError()]), ("a", [ValueError()], 3)]:
    try: ExceptionGroup(*args)
    except Exception as e: print(type(e).__name__, e)
try: ExceptionGroup("a", [KeyboardInterrupt()])
except Exception as e: print(type(e).__name__, e)
try: ExceptionGroup("a", exceptions=[KeyboardInterrupt()])
except Exception as e: print(type(e).__name__, e)
print(ExceptionGroup("a", (ValueError(),)).args)
print(str(ExceptionGroup("a", (ValueError(),ValueError()))))
print(repr(ExceptionGroup("a", (ValueError(),ValueError()))))
try:
    raise KeyError(0)
except KeyError:
    eg = ExceptionGroup("a",[ValueError(), TypeError()])
    eg.__cause__ = None
    eg.__context__ = KeyError(9)
    eg.__suppress_context__ = False
m, r = eg.split(ValueError)
print(m.__suppress_context__, repr(m.__context__), m.__cause__, m.__traceback__)
eg.__notes__ = ("t1",)
print(eg.split(ValueError)[0].__notes__)
eg.__notes__ = 5
print(hasattr(eg.split(ValueError)[0], "__notes__"))
eg.__notes__ = "ab"
print(eg.split(ValueError)[0].__notes__)

# Nesting kept by split/subgroup; parts are new objects with the original's metadata.
def raiser():
    raise ExceptionGroup("top", [ValueError("a"), ExceptionGroup("mid", [TypeError("b"), ValueError("c")]), KeyError("d")])
try:
    raiser()
except ExceptionGroup as caught:
    top = caught
top.__cause__ = OSError("why")
match, rest = top.split(ValueError)
print(repr(match), repr(rest))
print(match.__traceback__ is top.__traceback__, rest.__traceback__ is top.__traceback__)
print(repr(match.__cause__), match.__suppress_context__, match.exceptions[1].__traceback__)
print(match.exceptions[0] is top.exceptions[0])
print(repr(top.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "mid")))
print(repr(top.subgroup((TypeError, KeyError))))
print(top.subgroup(lambda e: True) is top, top.split(BaseException)[0] is top)
print(repr(top.split(lambda e: not isinstance(e, BaseExceptionGroup) and str(e) in "bd")))
# exceptions is the tuple given, or a new tuple from the sequence
tup = (ValueError(1),)
print(ExceptionGroup("t", tup).exceptions is tup, type(ExceptionGroup("l", [ValueError()]).exceptions))
class Seq:
    def __getitem__(self, i):
        if i < 2: return IndexError(i)
        raise IndexError
print(ExceptionGroup("seq", Seq()).exceptions)
print(issubclass(ExceptionGroup, Exception), issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(BaseExceptionGroup, Exception))
print(ExceptionGroup.__bases__, BaseExceptionGroup.__bases__)
print(isinstance(ExceptionGroup("x", [ValueError()]), Exception), isinstance(BaseExceptionGroup("x", [SystemExit()]), Exception))
try:
    raise ExceptionGroup("plain except", [ValueError()])
except Exception as e:
    print("plain except catches", type(e).__name__)
try:
    raise BaseExceptionGroup("plain", [SystemExit()])
except Exception:
    print("wrong")
except BaseExceptionGroup as e:
    print("base group not an Exception", str(e))
# add_note / __notes__
e = ValueError("n")
print(hasattr(e, "__notes__"))
e.add_note("first")
e.add_note("second")
print(e.__notes__)
try: e.add_note(3)
except TypeError as t: print(t)
e.__notes__ = "not a list"
try: e.add_note("x")
except TypeError as t: print(t)
# deep nesting
deep = ValueError("leaf")
for i in range(200):
    deep = ExceptionGroup(f"d{i}", [deep, TypeError(i)])
m, r = deep.split(ValueError)
n = 0
while isinstance(m, BaseExceptionGroup):
    m = m.exceptions[0]; n += 1
print(n, repr(m))
