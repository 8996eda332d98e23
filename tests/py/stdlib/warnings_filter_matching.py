# warnings: filterwarnings matching (message regex, category subclasses, module regex, lineno, append), warn from exec'd code, generators, class bodies and callbacks, and the __warningregistry__ they use.
import sys
import warnings

BASE = (lambda: sys._getframe().f_lineno)()


class AppWarning(UserWarning):
    pass


class SubAppWarning(AppWarning):
    pass


def msgs(log):
    return [str(w.message) for w in log]


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("ignore")
    warnings.filterwarnings("always", message="Keep")          # case-insensitive prefix match
    warnings.filterwarnings("always", category=AppWarning)      # subclasses match too
    warnings.filterwarnings("ignore", message="keep.*not", append=False)
    for m in ("keep me", "KEEP upper", "drop me", "keep but not this", "xkeep"):
        warnings.warn(m)
    warnings.warn("app", AppWarning)
    warnings.warn("subapp", SubAppWarning)
    warnings.warn(SubAppWarning("instance wins over category"), RuntimeWarning)
    print(msgs(log))
    print([w.category.__name__ for w in log])

# lineno filters only match warnings attributed to that line
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("ignore")
    target = sys._getframe().f_lineno + 3
    warnings.filterwarnings("always", lineno=target)
    for i in range(2):
        warnings.warn("on target line %d" % i)
    warnings.warn("on another line")
    print(msgs(log), [w.lineno - BASE for w in log])

# append=True puts a filter after the existing ones
with warnings.catch_warnings(record=True) as log:
    warnings.resetwarnings()
    warnings.simplefilter("always")
    warnings.simplefilter("ignore", append=True)
    warnings.filterwarnings("error", append=True)
    warnings.warn("first filter wins")
    print(msgs(log), [f[0] for f in warnings.filters])
    warnings.filterwarnings("always")
    warnings.filterwarnings("always")
    print("duplicates collapse", [f[0] for f in warnings.filters])

# filterwarnings argument checks
for bad in (dict(action="nope"), dict(action="always", message=1), dict(action="always", category=int),
            dict(action="always", lineno=-1), dict(action="always", module=2)):
    try:
        warnings.filterwarnings(**bad)
        print("accepted", bad)
    except (AssertionError, TypeError, ValueError) as e:
        print(type(e).__name__, sorted(bad))

# code run by exec: its globals get the registry; a missing __name__ gives '<string>'
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("default")
    g = {"warnings": warnings}
    code = compile("for i in range(3):\n    warnings.warn('from exec')\n", "<execd>", "exec")
    exec(code, g)
    exec(code, g)
    print(msgs(log), [(w.filename, w.lineno) for w in log])
    print(sorted(k for k in g["__warningregistry__"] if k != "version"))
    warnings.filterwarnings("error", module="<string>")
    try:
        exec(code, {"warnings": warnings})
    except UserWarning as e:
        print("module '<string>' matched", e)
    g2 = {"warnings": warnings, "__name__": "named_exec"}
    warnings.filterwarnings("error", module="named_exec")
    try:
        exec(code, g2)
    except UserWarning as e:
        print("module named_exec matched", e)


# generators, class bodies, callbacks from native code, nested stacklevels
def gen():
    for i in range(3):
        warnings.warn("gen %d" % i, stacklevel=2)
        yield i


def keyfunc(x):
    warnings.warn("key %d" % x)
    return -x


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    total = sum(gen())
    print(total, msgs(log), [w.lineno - BASE for w in log])
    del log[:]

    class Body:
        warnings.warn("in class body")
        x = 1

    print(sorted([3, 1, 2], key=keyfunc), msgs(log))
    print(sorted(set(w.lineno - BASE for w in log)))
    del log[:]
    list(map(lambda v: warnings.warn("map %d" % v, stacklevel=2), [1, 2]))
    print(msgs(log), [w.lineno - BASE for w in log])
    del log[:]
    [warnings.warn("comp %d" % v, stacklevel=2) for v in range(2)]
    print(msgs(log), [w.lineno - BASE for w in log])

# a Warning subclass with custom __str__ and extra args
class Detailed(UserWarning):
    def __init__(self, code, text):
        super().__init__(code, text)
        self.code = code

    def __str__(self):
        return "[%d] %s" % self.args


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.filterwarnings("error", message=r"\[500\]")
    warnings.warn(Detailed(404, "not found"))
    try:
        warnings.warn(Detailed(500, "server"))
    except Detailed as e:
        print("raised", e.code, str(e))
    print([(str(w.message), w.message.code) for w in log])
    # non-string messages are passed to the category
    warnings.resetwarnings()
    warnings.simplefilter("always")
    warnings.warn(12345)
    warnings.warn(("a", 1))
    print([(type(w.message).__name__, w.message.args) for w in log[1:]])
print("done")
