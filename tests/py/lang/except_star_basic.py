# except*: matching (naked exceptions are wrapped), the TypeErrors of invalid clauses, partial
# matches, re-raise and raise in handlers, nesting, loops and sys.exc_info.
import sys
def t(f):
    try:
        f()
    except BaseException as e:
        print(type(e).__name__, repr(e), e.__traceback__ is not None)
        return e

def naked():
    try:
        raise ValueError(1)
    except* ValueError as e:
        print("caught", repr(e), e.exceptions[0].__traceback__ is not None)
        print(sys.exc_info()[1] is e)
t(naked)
def naked_reraise():
    try:
        raise ValueError(1)
    except* ValueError:
        raise
e = t(naked_reraise)
def naked_nomatch():
    try:
        raise ValueError(1)
    except* TypeError:
        print("no")
t(naked_nomatch)
def star_eg():
    try:
        raise ValueError(1)
    except* ExceptionGroup:
        pass
t(star_eg)
def star_eg2():
    try:
        raise ValueError(1)
    except* (TypeError, BaseExceptionGroup):
        pass
t(star_eg2)
def star_bad():
    try:
        raise ValueError(1)
    except* 42:
        pass
t(star_bad)
def mixed():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), KeyError(4)])])
    except* ValueError as e:
        print("V", repr(e))
    except* TypeError as e:
        print("T", repr(e))
        raise
e = t(mixed)
print(e.exceptions)
def raise_new():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise KeyError("new")
e = t(raise_new)
print(repr(e.exceptions[0].__context__), e.exceptions[1])
def both():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError as e:
        raise KeyError("new")
    except* TypeError as e:
        raise
e = t(both)
print(e.exceptions, e.exceptions[1].exceptions)
def raise_e():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        raise e
e = t(raise_e)
def raise_from():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise RuntimeError("r") from e
e = t(raise_from)
print(repr(e.exceptions[0].__cause__))
def handled_all():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* (ValueError, TypeError) as e:
        print("all", repr(e))
    print("after")
t(handled_all)
def base():
    try:
        raise BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError()])
    except* KeyboardInterrupt as e:
        print(repr(e))
e = t(base)
def finally_else():
    try:
        pass
    except* ValueError:
        print("no")
    else:
        print("else")
    finally:
        print("finally")
finally_else()
def nested():
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
        except* ValueError:
            print("inner V")
    except* TypeError as e:
        print("outer T", repr(e))
nested()
def in_loop():
    for i in range(3):
        try:
            raise ExceptionGroup("eg", [ValueError(i)])
        except* ValueError as e:
            if i == 1: print("skip")
            print("loop", i, repr(e))
in_loop()
def exc_info_after():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        pass
    print(sys.exc_info())
exc_info_after()
