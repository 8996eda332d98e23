# warnings: the default filter list, DeprecationWarning shown in __main__ but ignored in an imported module, Pending/Import/ResourceWarning ignored, and _warnings internals.
import io
import sys
import warnings
import _warnings
import _warn_helper

print([(f[0], f[1], f[2].__name__, f[3], f[4]) for f in warnings.filters])
print(warnings.defaultaction, warnings.onceregistry == {}, type(warnings.filters).__name__)
print(warnings.filters is _warnings.filters, warnings.defaultaction is _warnings._defaultaction)
print(sorted(n for n in dir(_warnings) if not n.startswith("__")))
print(__name__, _warn_helper.__name__)


def run(label, fn):
    old = sys.stderr
    sys.stderr = buf = io.StringIO()
    try:
        result = fn()
    finally:
        sys.stderr = old
    shown = [l.split(": ", 1)[1] for l in buf.getvalue().splitlines() if not l.startswith(" ")]
    print(label, result, shown)


# no catch_warnings here: the default filters decide
run("main deprecation", lambda: warnings.warn("main deprecated", DeprecationWarning))
run("main deprecation again", lambda: warnings.warn("main deprecated", DeprecationWarning))
run("helper deprecation", _warn_helper.deprecated_call)
run("helper pending", _warn_helper.pending_call)
run("main pending", lambda: warnings.warn("main pending", PendingDeprecationWarning))
run("main import warning", lambda: warnings.warn("imp", ImportWarning))
run("main resource warning", lambda: warnings.warn("res", ResourceWarning))
run("main future", lambda: warnings.warn("future", FutureWarning))
run("main user", lambda: warnings.warn("user"))
run("main user again", lambda: warnings.warn("user"))
run("helper user", lambda: _warn_helper.user_call("helper user"))
run("helper blames main", lambda: _warn_helper.user_call("blame main", stacklevel=2))
run("helper deprecation blamed on main", lambda: warnings.warn("dep to main", DeprecationWarning, stacklevel=1))


def deep_deprecation():
    _warn_helper.user_call("unused")


class Sub(DeprecationWarning):
    pass


run("subclass in main", lambda: warnings.warn("sub", Sub))
run("subclass instance", lambda: warnings.warn(Sub("sub instance")))
print("helper registry", _warn_helper.registry_keys())
reg = globals().get("__warningregistry__")
print("main registry", sorted((k[0], k[1].__name__) for k in reg if k != "version"), "version" in reg)

# a filter changing the default action, and defaultaction itself
with warnings.catch_warnings(record=True) as log:
    warnings.resetwarnings()
    warnings.defaultaction = "ignore"
    warnings.warn("with ignore default")
    warnings.defaultaction = "always"
    warnings.warn("with always default")
    warnings.warn("with always default")
    warnings.defaultaction = "error"
    try:
        warnings.warn("with error default")
    except UserWarning as e:
        print("error default", e)
    warnings.defaultaction = "default"
    print([str(w.message) for w in log])

# the -W style option parser stays in Python
with warnings.catch_warnings():
    warnings.resetwarnings()
    warnings._processoptions(["ignore::DeprecationWarning", "error::UserWarning:__main__"])
    print([(f[0], f[2].__name__, getattr(f[3], "pattern", f[3])) for f in warnings.filters])
    try:
        warnings._processoptions(["bogus::Warning"])
    except warnings._OptionError as e:
        print("OptionError", e)
    warnings._processoptions(["ignore::NoSuchWarning"])

# filters replaced by a non-list, or holding a bad entry
with warnings.catch_warnings():
    warnings.filters = ()
    try:
        warnings.warn("tuple filters")
    except Exception as e:
        print(type(e).__name__, e)
with warnings.catch_warnings():
    warnings.filters = [("always", None, Warning, None)]
    try:
        warnings.warn("short filter")
    except Exception as e:
        print(type(e).__name__, e)
with warnings.catch_warnings():
    warnings.filters = [(1, None, Warning, None, 0)]
    try:
        warnings.warn("bad action")
    except Exception as e:
        print(type(e).__name__, e)
print("done")
