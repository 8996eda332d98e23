# Custom exception classes with args, attributes, hierarchy
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"not found: {key}")
        self.key = key
class Invalid(AppError):
    def __init__(self, field, reason):
        self.field = field
        self.reason = reason
        super().__init__(field, reason)
    def __str__(self):
        return f"{self.field} is invalid ({self.reason})"
class Plain(Exception):
    pass

def lookup(d, k):
    if k not in d:
        raise NotFound(k)
    return d[k]

try:
    lookup({}, "x")
except AppError as e:
    print(type(e).__name__, e, e.args, e.key)
try:
    raise Invalid("age", "negative")
except AppError as e:
    print(type(e).__name__, "|", e, "|", e.args, "|", repr(e))
p = Plain("a", 1, None)
print(str(p), repr(p), p.args)
print(str(Plain()), repr(Plain()), Plain().args)
print(str(Plain("only")), repr(Plain("only")))
print(issubclass(NotFound, AppError), issubclass(NotFound, Exception), NotFound.__mro__[1].__name__)
for exc in (NotFound("k"), Invalid("f", "r"), Plain("p"), ValueError("v")):
    try:
        raise exc
    except NotFound:
        print("NotFound branch")
    except AppError as e:
        print("AppError branch", e)
    except Exception as e:
        print("Exception branch", type(e).__name__)
class WithDefault(Exception):
    def __init__(self, msg="default message"):
        super().__init__(msg)
try:
    raise WithDefault
except WithDefault as e:
    print("raised class gets instantiated:", e)
class NoSuper(Exception):
    def __init__(self, a, b):
        self.total = a + b
try:
    raise NoSuper(1, 2)
except NoSuper as e:
    print(e.total, e.args, repr(str(e)))
class Code(Exception):
    code = 500
class NotFoundCode(Code):
    code = 404
print([c.code for c in (Code(), NotFoundCode())])
e = Plain("mutable")
e.args = ("changed", 2)
print(e, e.args)
e.extra = "attr"
print(e.extra)
