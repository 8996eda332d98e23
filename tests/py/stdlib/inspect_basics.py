# inspect: signature() of functions/classes/methods, Parameter kinds, bind, getmembers, is* predicates, unwrap, cleandoc
import inspect
import functools


def f(a, b: int = 2, *args, c, d="x", **kw) -> str:
    """Doc of f.

       More text.
    """
    return "f"


def g(x, /, y, *, z=3):
    pass


sig = inspect.signature(f)
print(sig, sig.return_annotation, list(sig.parameters))
for p in sig.parameters.values():
    print(p.name, p.kind, p.default is inspect.Parameter.empty, p.annotation)
print(inspect.signature(g), inspect.signature(lambda *a, **k: None))
ba = sig.bind(1, c=3, e=5)
print(ba.arguments, ba.args, ba.kwargs)
ba.apply_defaults()
print(ba.arguments)
try:
    sig.bind()
except TypeError as e:
    print("TypeError", e)
print(inspect.signature(g).bind(1, 2, z=4).arguments)


class A:
    """Class A."""
    x = 1

    def __init__(self, p, q=0):
        self.p = p

    def method(self, r):
        return r

    @classmethod
    def cm(cls, s):
        pass

    @staticmethod
    def sm(t):
        pass

    @property
    def prop(self):
        return 1


print(inspect.signature(A), inspect.signature(A.method), inspect.signature(A(1).method), inspect.signature(A.cm), inspect.signature(A.sm))
print(inspect.isfunction(f), inspect.isfunction(A.method), inspect.ismethod(A(1).method), inspect.isclass(A), inspect.isclass(A(1)))
print(inspect.ismodule(inspect), inspect.isbuiltin(len), inspect.isroutine(len), inspect.isgeneratorfunction(f))


def gen():
    yield 1


print(inspect.isgeneratorfunction(gen), inspect.isgenerator(gen()), inspect.iscoroutinefunction(f))
print([n for n, v in inspect.getmembers(A) if not n.startswith("__")])
print([n for n, v in inspect.getmembers(A, inspect.isfunction)])
print(inspect.getdoc(f), inspect.getdoc(A), sep="|")
print(inspect.cleandoc("  a\n    b\n  c"))
print(inspect.getmro(A), inspect.isabstract(A))


@functools.wraps(f)
def wrapper(*args, **kwargs):
    return f(*args, **kwargs)


print(inspect.unwrap(wrapper) is f, inspect.signature(wrapper))
print(inspect.Parameter("n", inspect.Parameter.KEYWORD_ONLY, default=4))
s2 = sig.replace(parameters=[inspect.Parameter("only", inspect.Parameter.POSITIONAL_ONLY)], return_annotation=inspect.Signature.empty)
print(s2, s2 == inspect.signature(lambda only, /: 0))
print(type(inspect.getattr_static(A, "prop")).__name__, inspect.getattr_static(A(1), "x"))
print(inspect.getfullargspec(f))
print(inspect.isdatadescriptor(A.__dict__["prop"]), inspect.ismethoddescriptor(str.upper))
print(inspect.getmodulename("/a/b/mod.py"), inspect.getcallargs(g, 1, 2))
try:
    inspect.signature(1)
except TypeError as e:
    print("TypeError", e)
