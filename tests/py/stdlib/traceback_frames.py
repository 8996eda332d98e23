# Traceback objects (tb_next, tb_lineno, tb_lasti, tb_frame) and frame objects.
import sys


def fail(n):
    if n == 0:
        raise ValueError("deep")
    return fail(n - 1)


try:
    fail(2)
except ValueError as e:
    tb = e.__traceback__
    names = []
    lines = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        lines.append(tb.tb_lineno)
        assert isinstance(tb.tb_lasti, int)
        tb = tb.tb_next
    print(names, lines)
    fr = e.__traceback__.tb_frame
    print(type(fr).__name__, type(e.__traceback__).__name__)
    print(fr.f_globals is globals(), fr.f_globals["__name__"])


def who():
    f = sys._getframe()
    return f.f_code.co_name, f.f_back.f_code.co_name, sys._getframe(1).f_globals["__name__"]


def outer():
    return who()


print(outer())
print(sys._getframe().f_code.co_name, sys._getframe().f_lineno)


def local_view(a, b=2):
    c = a + b
    return sorted(sys._getframe().f_locals.items())


print(local_view(1))
try:
    sys._getframe(1000)
except ValueError as e:
    print("ValueError", e)

import types
print(types.TracebackType.__name__, types.FrameType.__name__, types.CodeType.__name__)
print(int | str, (int | None), type(int | str).__name__)
print(isinstance(3, int | str), isinstance(3.0, int | str), issubclass(bool, int | None))
print((int | str) == (str | int), int | int, (int | str | int).__args__)
