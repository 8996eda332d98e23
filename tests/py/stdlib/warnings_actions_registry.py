# warnings: each filter action (error/ignore/always/default/module/once) across repeated calls and lines, with __warningregistry__ contents and version resets.
import warnings


def shown(log):
    return [(str(w.message), w.category.__name__, w.lineno - BASE) for w in log]


BASE = 0
BASE = (lambda: __import__("sys")._getframe().f_lineno)()


def emit(msg, cat=UserWarning):
    warnings.warn(msg, cat)


def two_lines(msg):
    warnings.warn(msg)
    warnings.warn(msg)


def reg_summary():
    reg = globals().get("__warningregistry__", {})
    keys = sorted((k[0], k[1].__name__, k[2] - BASE if len(k) == 3 else -1) for k in reg if k != "version")
    return keys, "version" in reg


for action in ["always", "default", "module", "once", "ignore"]:
    globals().pop("__warningregistry__", None)
    with warnings.catch_warnings(record=True) as log:
        warnings.simplefilter(action)
        for i in range(3):
            emit("loop message")
        two_lines("twice")
        two_lines("twice")
        emit("other category", RuntimeWarning)
        emit("other category", RuntimeWarning)
        emit("loop message", RuntimeWarning)
        print(action, len(log), shown(log))
        print("  registry", reg_summary())

# error turns the warning into an exception of its category
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("error")
    for cat in (UserWarning, DeprecationWarning, RuntimeWarning, FutureWarning, SyntaxWarning):
        try:
            emit("boom " + cat.__name__, cat)
        except Warning as e:
            print("raised", type(e).__name__, e.args, isinstance(e, cat))
    print("recorded", len(log))

# filters chosen per category: the first matching filter wins
with warnings.catch_warnings(record=True) as log:
    warnings.resetwarnings()
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", category=RuntimeWarning)
    warnings.filterwarnings("error", category=FutureWarning)
    warnings.filterwarnings("once", category=SyntaxWarning)
    for cat in (UserWarning, RuntimeWarning, SyntaxWarning, SyntaxWarning, UserWarning):
        emit("cat " + cat.__name__, cat)
    try:
        emit("future", FutureWarning)
    except FutureWarning as e:
        print("future raised", e)
    print(shown(log))
    print([(f[0], f[2].__name__) for f in warnings.filters])

# 'default' remembers (text, category, lineno) per module registry; a new filter resets it
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("default")
    globals().pop("__warningregistry__", None)
    emit("reset me")
    emit("reset me")
    print("before mutate", len(log), reg_summary())
    warnings.filterwarnings("default", message="unrelated")
    emit("reset me")
    print("after mutate", len(log), reg_summary())
    warnings.simplefilter("default")
    emit("reset me")
    emit("reset me")
    print("after simplefilter", len(log))

# 'once' uses warnings.onceregistry, keyed on (text, category)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("once")
    warnings.onceregistry.clear()
    emit("once A")
    two_lines("once A")
    emit("once A", RuntimeWarning)
    emit("once B")
    keys = sorted((k[0], k[1].__name__) for k in warnings.onceregistry if k != "version")
    print("once", shown(log), keys)

# the module action: once per (text, category) per module registry, whatever the line
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("module")
    globals().pop("__warningregistry__", None)
    emit("mod msg")
    two_lines("mod msg")
    warnings.warn("mod msg")
    warnings.warn("mod msg 2")
    print("module", shown(log), reg_summary()[0])

# an unknown action in the filter list
with warnings.catch_warnings(record=True):
    warnings.filters.insert(0, ("bogus", None, Warning, None, 0))
    warnings._filters_mutated()
    try:
        warnings.warn("x")
    except RuntimeError as e:
        print("RuntimeError", str(e).splitlines()[0])
print("done")
