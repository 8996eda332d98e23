# The 'as' name is unbound after the except block; exception info inside handlers
e = "outer value"
try:
    raise ValueError("inner")
except ValueError as e:
    print("in handler:", e)
try:
    print(e)
except NameError as err:
    print("NameError:", err)

def func():
    x = "before"
    try:
        1 / 0
    except ZeroDivisionError as x:
        print("handler sees", type(x).__name__)
    try:
        return x
    except UnboundLocalError as err:
        return "UnboundLocalError: " + str(err)
print(func())

def keep_reference():
    saved = None
    try:
        raise KeyError("kept")
    except KeyError as exc:
        saved = exc
    return saved
k = keep_reference()
print(repr(k), k.args)

def nested_same_name():
    try:
        raise ValueError("outer")
    except ValueError as ex:
        try:
            raise TypeError("inner")
        except TypeError as ex:
            print("inner handler", ex)
        try:
            print(ex)
        except UnboundLocalError:
            print("ex unbound after inner handler")
nested_same_name()

for i in range(2):
    try:
        raise IndexError(i)
    except IndexError as loop_e:
        print("loop handler", loop_e)
print("loop_e" in dir())
try:
    raise RuntimeError("info")
except RuntimeError:
    import sys
    et, ev, tb = sys.exc_info()
    print(et.__name__, ev, tb is not None)
    print(sys.exc_info()[1] is ev)
print(sys.exc_info())
def in_finally():
    try:
        raise ValueError("x")
    except ValueError:
        pass
    finally:
        return sys.exc_info()
print(in_finally())
