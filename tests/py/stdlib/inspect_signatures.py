# inspect: signature() of functions with every parameter kind, bind/bind_partial, Parameter
# attributes, defaults and annotations, isfunction/isclass/isgeneratorfunction, getmembers
# filtered, getsource-free checks, unwrap and cleandoc.
import inspect, functools
def f(a, b: int = 2, /, c=3, *args, d, e: str = 'e', **kw) -> bool:
    "Doc."
    return True
sig = inspect.signature(f)
print(sig, sig.return_annotation, list(sig.parameters))
for p in sig.parameters.values():
    print(p.name, p.kind.name, p.default is p.empty, p.annotation if p.annotation is not p.empty else '-', str(p))
ba = sig.bind(1, 2, 3, 4, 5, d=6, z=7)
print(ba.arguments, ba.args, ba.kwargs)
ba2 = sig.bind_partial(1, d=0); ba2.apply_defaults(); print(ba2.arguments)
try:
    sig.bind(1)
except TypeError as e:
    print('TypeError', e)
print(sig.replace(return_annotation=inspect.Signature.empty), inspect.signature(lambda x, *, y=1: 0), inspect.signature(functools.partial(f, 1, d=2)))
class C:
    def __init__(self, x, y=0):
        self.x = x
    def m(self, z):
        return z
    @staticmethod
    def s(q):
        return q
    @classmethod
    def k(cls, w):
        return w
    @property
    def p(self):
        return 1
print(inspect.signature(C), inspect.signature(C.m), inspect.signature(C(1).m), inspect.signature(C.s), inspect.signature(C.k))
def gen():
    yield 1
async def co():
    pass
print(inspect.isfunction(f), inspect.isclass(C), inspect.ismethod(C(1).m), inspect.isgeneratorfunction(gen), inspect.iscoroutinefunction(co), inspect.isbuiltin(len), inspect.isroutine(len), inspect.isabstract(C))
print([n for n, v in inspect.getmembers(C, inspect.isfunction)], [n for n, _ in inspect.getmembers(C(1), lambda v: isinstance(v, int))])
@functools.wraps(f)
def wrapper(*a, **k):
    return f(*a, **k)
print(inspect.unwrap(wrapper) is f, inspect.signature(wrapper), inspect.getdoc(wrapper), repr(inspect.cleandoc('''
    Title
        indented
    end
    ''')))
print(inspect.getfullargspec(f).args, inspect.getfullargspec(f).kwonlyargs, inspect.getfullargspec(f).varkw, inspect.getcallargs(lambda a, b=1: 0, 5))
P = inspect.Parameter
s2 = inspect.Signature([P('a', P.POSITIONAL_ONLY), P('b', P.KEYWORD_ONLY, default=None)])
print(s2, s2 == inspect.Signature([P('a', P.POSITIONAL_ONLY), P('b', P.KEYWORD_ONLY, default=None)]))
try:
    inspect.Signature([P('a', P.KEYWORD_ONLY), P('b', P.POSITIONAL_ONLY)])
except ValueError as e:
    print('ValueError', e)
