# warnings: custom showwarning/formatwarning hooks, output written to a redirected sys.stderr, warnings as errors (-W error style filters), and catch_warnings restoring state.
import io
import sys
import warnings

BASE = (lambda: sys._getframe().f_lineno)()


def strip_path(text):
    return text.replace(__file__, "<file>").replace(__file__.rsplit("/", 1)[-1], "<name>")


# the default showwarning writes "file:line: Category: message" and the source line to stderr
old_stderr = sys.stderr
with warnings.catch_warnings():
    warnings.simplefilter("always")
    sys.stderr = buf = io.StringIO()
    try:
        warnings.warn("to stderr")
        warnings.warn("second", RuntimeWarning)
    finally:
        sys.stderr = old_stderr
    lines = buf.getvalue().splitlines()
    print(len(lines))
    for line in lines:
        if not line.startswith(" "):
            path, _, rest = line.partition(": ")
            print("header", path.rsplit(":", 1)[1].isdigit(), rest)
        else:
            print("source", line.strip())

# a replaced showwarning receives (message, category, filename, lineno, file, line)
calls = []


def my_show(message, category, filename, lineno, file=None, line=None):
    calls.append((type(message).__name__, str(message), category.__name__, lineno - BASE, file, line))


with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.showwarning = my_show
    warnings.warn("hooked")
    warnings.warn(DeprecationWarning("instance"))
    warnings.warn_explicit("explicit hooked", FutureWarning, "f.py", BASE + 1000)
print(calls)
print(warnings.showwarning is my_show)

# catch_warnings restored showwarning; record=True bypasses a replaced showwarning
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("recorded")
print(len(log), str(log[0].message), log[0].file, log[0].line, log[0].source)

# formatwarning replacement is used by the default showwarning
def my_format(message, category, filename, lineno, line=None):
    return "FMT[%s|%s|%s]\n" % (category.__name__, message, line)


orig_format = warnings.formatwarning
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.formatwarning = my_format
    sys.stderr = buf = io.StringIO()
    try:
        warnings.warn("formatted")
        warnings.warn_explicit("fmt explicit", UserWarning, "zz.py", 5)
    finally:
        sys.stderr = old_stderr
    print(buf.getvalue().splitlines())
print(warnings.formatwarning is my_format)
warnings.formatwarning = orig_format
print(warnings.formatwarning("m", UserWarning, "a.py", 3, "  x = 1  ").splitlines())
print(repr(warnings.formatwarning("m2", FutureWarning, "b.py", 4, "")))

# showwarning with an explicit file
out = io.StringIO()
warnings.showwarning("direct", UserWarning, "d.py", 7, file=out, line="code()")
print(out.getvalue().splitlines())

# warnings as errors, and an error filter only for a message pattern
with warnings.catch_warnings():
    warnings.filterwarnings("error", message="fatal")
    warnings.filterwarnings("ignore", message="quiet")
    for msg in ("quiet one", "fatal one", "Fatal two"):
        try:
            warnings.warn(msg)
            print("no error", msg)
        except UserWarning as e:
            print("error", msg, e.args)
    warnings.filterwarnings("error", message="fatal", category=RuntimeWarning)
    try:
        warnings.warn("fatal", RuntimeWarning)
    except RuntimeWarning as e:
        print("runtime error", e, e.__traceback__ is not None)

# catch_warnings restores filters and the previous showwarning
before = list(warnings.filters)
with warnings.catch_warnings():
    warnings.resetwarnings()
    print("inside", warnings.filters)
    warnings.simplefilter("error")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", append=True)
        print("nested", [f[0] for f in warnings.filters])
    print("after nested", [f[0] for f in warnings.filters])
print(warnings.filters == before)
try:
    with warnings.catch_warnings():
        raise KeyError("exit path")
except KeyError as e:
    print("exception passes through", e, warnings.filters == before)
cw = warnings.catch_warnings(record=True)
print(repr(cw))
with cw as log2:
    try:
        cw.__enter__()
    except RuntimeError as e:
        print("RuntimeError", e)
try:
    cw.__exit__(None, None, None)
except RuntimeError as e:
    print("RuntimeError", e)
print("done")
