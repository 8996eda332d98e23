def f(x):
    try:
        if x == 0:
            raise ValueError("zero")
        elif x == 1:
            return 1 / 0
        return "ok"
    except ValueError as e:
        return f"ValueError {e}"
    except ZeroDivisionError as e:
        return f"ZeroDivisionError {e}"
    finally:
        print("finally", x)
print(f(0), f(1), f(2))
class MyErr(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise MyErr(7)
except Exception as e:
    print(type(e).__name__, e, e.code, e.args, repr(e))
try:
    try:
        raise KeyError("k")
    except KeyError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(e, repr(e.__cause__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during")
except ValueError as e:
    print(e, type(e.__context__).__name__)
def gen_finally():
    for i in range(3):
        try:
            if i == 1:
                continue
            yield i
        finally:
            print("cleanup", i)
print(list(gen_finally()))
def ret_in_finally():
    try:
        return 1
    finally:
        print("in finally")
print(ret_in_finally())
try:
    raise
except RuntimeError as e:
    print("RuntimeError", e)
for exc in [IndexError, KeyError, ZeroDivisionError]:
    try:
        raise exc("boom")
    except LookupError as e:
        print("lookup", type(e).__name__)
    except ArithmeticError as e:
        print("arith", type(e).__name__)
try:
    int("xyz")
except ValueError as e:
    print(e)
try:
    None.foo
except AttributeError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    [1, 2] * "x"
except TypeError as e:
    print(e)
try:
    {}["k"]
except KeyError as e:
    print(repr(e))
try:
    undefined_name
except NameError as e:
    print(e)
try:
    assert 1 == 2, "math broke"
except AssertionError as e:
    print("assert", e)
class CM:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None, v)
        return True
with CM() as cm:
    raise ValueError("suppressed")
print("after with")
