# Implicit exception context in finally, handlers, and nested raises
def raise_in_finally():
    try:
        raise ValueError("body")
    finally:
        raise KeyError("finally")
try:
    raise_in_finally()
except KeyError as e:
    print(repr(e), "context:", repr(e.__context__))

def raise_in_handler_of_handled():
    try:
        raise ValueError("first")
    except ValueError:
        pass
    raise TypeError("after handled")
try:
    raise_in_handler_of_handled()
except TypeError as e:
    print(repr(e), "context:", e.__context__)

def context_same_object():
    err = ValueError("self")
    try:
        raise err
    except ValueError:
        raise err
try:
    context_same_object()
except ValueError as e:
    print(repr(e), "context is None:", e.__context__ is None)

def deep_context():
    try:
        try:
            raise OSError("one")
        except OSError:
            raise ValueError("two")
    except ValueError:
        raise RuntimeError("three")
try:
    deep_context()
except RuntimeError as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__context__), e.__context__.__context__.__context__)

def finally_no_exc():
    try:
        return "ok"
    finally:
        try:
            raise KeyError("swallowed in finally")
        except KeyError as e:
            print("finally handled", repr(e), "context:", e.__context__)
print(finally_no_exc())
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("v") from z
except ValueError as v:
    print(v.__cause__ is v.__context__, v.__suppress_context__)
try:
    try:
        raise KeyError("a")
    except KeyError as inner:
        inner_ref = inner
        raise
except KeyError as outer:
    print(outer is inner_ref, outer.__context__)
