# OverflowError and ValueError when converting special floats to int.
tests = [
    ("int(inf)", lambda: int(float("inf"))),
    ("int(-inf)", lambda: int(float("-inf"))),
    ("int(nan)", lambda: int(float("nan"))),
    ("round(inf)", lambda: round(float("inf"))),
    ("round(nan)", lambda: round(float("nan"))),
    ("(inf).as_integer_ratio()", lambda: float("inf").as_integer_ratio()),
    ("float(2**2000)", lambda: float(2 ** 2000)),
    ("2**2000 / 3", lambda: 2 ** 2000 / 3),
    ("math-free exp", lambda: 1.5 ** 5000),
    ("range(inf)", lambda: range(float("inf"))),
    ("[0] * inf", lambda: [0] * float("inf")),
    ("1e308 * 10", lambda: 1e308 * 10),
    ("-1e308 * 10", lambda: -1e308 * 10),
    ("2.0 ** 1024", lambda: 2.0 ** 1024),
    ("1e200 * 1e200", lambda: 1e200 * 1e200),
    ("int(1e308)", lambda: int(1e308) > 0),
    ("'%d' % inf", lambda: "%d" % float("inf")),
    ("'%d' % nan", lambda: "%d" % float("nan")),
    ("hex(1.5)", lambda: hex(1.5)),
]
for name, f in tests:
    try:
        print(name, "=", f())
    except (OverflowError, ValueError, TypeError) as e:
        if name in ("math-free exp", "2.0 ** 1024"):
            print(name, "->", type(e).__name__)
        else:
            print(name, "->", type(e).__name__, e)
print(isinstance(OverflowError(), ArithmeticError), OverflowError.__mro__[1].__name__)
