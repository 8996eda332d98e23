# warnings: stacklevel attribution (filename, lineno, module registry), warn_explicit with registry, module and module_globals (loader get_source), and argument errors.
import sys
import warnings
import _warn_helper

BASE = (lambda: sys._getframe().f_lineno)()


def rel(w):
    same = w.filename == __file__ or w.filename.endswith("warnings_stacklevel_explicit.py")
    return (str(w.message), w.category.__name__, w.lineno - BASE if same else w.lineno, "here" if same else w.filename)


def level(n):
    warnings.warn("level %d" % n, stacklevel=n)


def outer(n):
    level(n)


def outermost(n):
    outer(n)


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    for n in (1, 2, 3, 4):
        outermost(n)
    outermost(0)
    outermost(-3)
    outermost(50)
    print([rel(w) for w in log])

# stacklevel decides whose registry and module name are used
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("default")
    globals().pop("__warningregistry__", None)
    _warn_helper.__dict__.pop("__warningregistry__", None)
    _warn_helper.user_call("from helper")
    _warn_helper.user_call("from helper")
    _warn_helper.user_call("blamed on caller", stacklevel=2)
    _warn_helper.user_call("blamed on caller", stacklevel=2)
    print([rel(w)[0] for w in log], [w.filename.endswith("_warn_helper.py") for w in log])
    print("helper registry", _warn_helper.registry_keys())
    here = sorted((k[0], k[1].__name__) for k in globals().get("__warningregistry__", {}) if k != "version")
    print("main registry", here)

# module filters match the module name of the blamed frame
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("ignore")
    warnings.filterwarnings("always", module="_warn_helper")
    _warn_helper.user_call("kept: helper module")
    _warn_helper.user_call("dropped: main module", stacklevel=2)
    warnings.filterwarnings("always", module="__ma")
    _warn_helper.user_call("kept: regex prefix of __main__", stacklevel=2)
    print([str(w.message) for w in log])

# warn_explicit
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("default")
    reg = {}
    for i in range(3):
        warnings.warn_explicit("explicit", UserWarning, "some/file.py", 10, registry=reg)
    warnings.warn_explicit("explicit", UserWarning, "some/file.py", 11, registry=reg)
    warnings.warn_explicit("explicit", UserWarning, "some/file.py", 11, module="other", registry=reg)
    print(len(log), [(str(w.message), w.filename, w.lineno) for w in log])
    print(sorted(k for k in reg if k != "version"), reg.get("version") is not None)
    warnings.warn_explicit(RuntimeWarning("instance msg"), UserWarning, "x.py", 3)
    print(log[-1].category.__name__, str(log[-1].message), log[-1].line)
    # module None: silently ignored
    n = len(log)
    warnings.warn_explicit("ignored", UserWarning, "x.py", 3, module=None)
    print("module=None adds", len(log) - n)


class Loader:
    def get_source(self, name):
        return "line one\n    line two of %s\nline three\n" % name


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    g = {"__loader__": Loader(), "__name__": "fake_mod"}
    warnings.warn_explicit("with globals", UserWarning, "fake_mod.py", 2, module_globals=g)
    print(repr(log[-1].line), log[-1].filename)
    warnings.warn_explicit("no loader", UserWarning, "fake_mod.py", 2, module_globals={"__name__": "n"})
    print(repr(log[-1].line))
    try:
        warnings.warn_explicit("bad line", UserWarning, "fake_mod.py", 9, module_globals=g)
    except IndexError as e:
        print("IndexError", e)
    # a module filter matched against the module name (filename without .py)
    warnings.simplefilter("ignore")
    warnings.filterwarnings("always", module="pkg/mod")
    warnings.warn_explicit("module from filename", UserWarning, "pkg/mod.py", 1)
    warnings.warn_explicit("other module", UserWarning, "pkg/other.py", 1)
    print([str(w.message) for w in log][-2:])

# argument errors
def attempt(f, *a, **k):
    try:
        f(*a, **k)
        print("ok")
    except Exception as e:
        print(type(e).__name__, e)


with warnings.catch_warnings(record=True):
    warnings.simplefilter("always")
    attempt(warnings.warn, "x", int)
    attempt(warnings.warn, "x", "notaclass")
    attempt(warnings.warn, "x", stacklevel="2")
    attempt(warnings.warn_explicit, "x", UserWarning, "f.py", 1, registry=[])
    attempt(warnings.warn_explicit, "x", UserWarning, "f.py", 1, module_globals=[])
    attempt(warnings.warn_explicit, "x", UserWarning, "f.py", 1.5)
    attempt(warnings.warn_explicit, "x", UserWarning, 3, 1)
    attempt(warnings.warn)
    attempt(warnings.warn, "m", category=UserWarning, stacklevel=1, source=None)
    attempt(warnings.warn, message="kw only", category=FutureWarning)
print("done")
