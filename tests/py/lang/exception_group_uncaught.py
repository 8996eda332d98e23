# An uncaught group whose members have tracebacks, chains (cause and context) and notes.
def f():
    try:
        1/0
    except ZeroDivisionError as z:
        raise ValueError("during") from z
def g():
    try:
        f()
    except ValueError as v:
        e1 = v
    try:
        {}["k"]
    except KeyError as k:
        try:
            raise OSError("ctx")
        except OSError as o:
            e2 = o
    raise ExceptionGroup("chained", [e1, e2]) from RuntimeError("cause")
try:
    g()
except Exception as e:
    e.add_note("note 1")
    e.add_note("note 2\nsecond line")
    raise
