# functools: reduce errors and initial values, partial nesting/repr/keywords/pickle-free introspection, cmp_to_key, total_ordering (missing root, NotImplemented), wraps/update_wrapper attributes, cache and lru_cache recursion.
import functools
import operator


def attempt(label, fn):
    try:
        print(label, "ok", fn())
    except (TypeError, ValueError, ZeroDivisionError, AttributeError) as e:
        print(label, type(e).__name__, e)


attempt("empty", lambda: functools.reduce(operator.add, []))
attempt("empty initial", lambda: functools.reduce(operator.add, [], 10))
attempt("single", lambda: functools.reduce(operator.add, [5]))
attempt("not iterable", lambda: functools.reduce(operator.add, 5))
attempt("not callable", lambda: functools.reduce(5, [1, 2]))
attempt("no args", lambda: functools.reduce())
attempt("too many", lambda: functools.reduce(operator.add, [1], 0, 1))
attempt("raising fn", lambda: functools.reduce(lambda a, b: a / b, [1, 0]))
attempt("generator", lambda: functools.reduce(lambda a, b: a * 10 + b, (i for i in range(1, 6))))
attempt("keyword initial", lambda: functools.reduce(operator.add, [1], initial=2))
print(functools.reduce(lambda acc, x: acc + [x * x], range(5), []))
print(functools.reduce(operator.or_, [{1}, {2}, {3}]), functools.reduce(max, [3, 9, 2], 0))


def power(base, exp, *, mod=None):
    return pow(base, exp, mod)


square = functools.partial(power, exp=2)
cube_mod = functools.partial(power, exp=3, mod=7)
two_to = functools.partial(power, 2)
nested = functools.partial(functools.partial(power, 3), mod=5)
print(square(4), square(4, exp=3), cube_mod(3), two_to(10), nested(4))
print(nested.func is power, nested.args, nested.keywords, repr(square).endswith("exp=2)"))
attempt("partial conflict", lambda: two_to(3, base=1))
attempt("partial non-callable", lambda: functools.partial(3))
attempt("partial no args", lambda: functools.partial())
p = functools.partial(sorted, key=len)
p.attr = "custom"
print(p(["ccc", "a", "bb"]), p.attr, p.__dict__)
attempt("partial readonly", lambda: setattr(p, "func", len))


class Version:
    def __init__(self, s):
        self.parts = tuple(int(x) for x in s.split("."))

    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))


def cmp_versions(a, b):
    return (a.parts > b.parts) - (a.parts < b.parts)


vs = [Version(s) for s in ("1.10", "1.2", "1.2.1", "0.9")]
print(sorted(vs, key=functools.cmp_to_key(cmp_versions)), max(vs, key=functools.cmp_to_key(cmp_versions)))
K = functools.cmp_to_key(cmp_versions)
print(K(vs[0]) > K(vs[1]), K(vs[1]) == K(Version("1.2")))
attempt("cmp_to_key unhashable", lambda: hash(K(vs[0])))


@functools.total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents == other.cents

    def __lt__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents < other.cents


a, b = Money(5), Money(7)
print(a < b, a <= b, a > b, a >= b, a <= Money(5), b >= a)
attempt("compare with int", lambda: a >= 3)
attempt("no root", lambda: functools.total_ordering(type("NoOrder", (), {})))


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return fn(*args, **kwargs)
    return wrapper


@deco
def documented(x: int) -> int:
    """Original doc."""
    return x


documented.__dict__["extra"] = 1
print(documented.__name__, documented.__doc__, documented.__annotations__, documented.__wrapped__.__name__)


def plain():
    pass


plain.flag = True


def other():
    pass


functools.update_wrapper(other, plain, assigned=("__name__",), updated=("__dict__",))
print(other.__name__, other.flag, other.__wrapped__ is plain, other.__qualname__)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)


@functools.cache
def ways(n):
    return 1 if n <= 1 else ways(n - 1) + ways(n - 2)


print(ways(80), ways.cache_info())
print(functools.reduce(lambda a, f: f(a), [str.strip, str.upper, lambda s: s[::-1]], "  abc  "))
