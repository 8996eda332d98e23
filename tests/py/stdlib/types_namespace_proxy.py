# types module helpers: SimpleNamespace (repr, eq, vars), MappingProxyType (read-only view,
# live updates), new_class/prepare_class, DynamicClassAttribute-free checks, GenericAlias,
# types.FunctionType/LambdaType identities, coroutine type checks.
import types
ns = types.SimpleNamespace(b=2, a=1)
ns.c = [3]
print(ns, ns == types.SimpleNamespace(a=1, b=2, c=[3]), vars(ns), sorted(ns.__dict__), hasattr(ns, 'z'))
del ns.b
print(ns, repr(types.SimpleNamespace()), types.SimpleNamespace(**{'x y': 1}))
base = {'k': 1}
mp = types.MappingProxyType(base)
print(mp['k'], len(mp), list(mp), 'k' in mp, mp.get('z', 'no'), dict(mp), mp.copy(), type(mp.copy()).__name__)
base['new'] = 2
print(mp, sorted(mp.items()), mp | {'x': 0})
try:
    mp['k'] = 5
except TypeError as e:
    print('TypeError', e)
try:
    del mp['k']
except TypeError as e:
    print('TypeError', e)
def body(ns):
    ns['greet'] = lambda self: f'hi from {type(self).__name__}'
    ns['n'] = 3
K = types.new_class('K', (object,), {}, body)
print(K().greet(), K.n, K.__name__, types.prepare_class('X', (), {})[0] is type)
ga = list[int]
print(ga, ga.__origin__, ga.__args__, type(ga).__name__, ga([1, 2]), dict[str, list[int]], tuple[int, ...], isinstance([], list))
print(types.FunctionType is type(lambda: 0), types.LambdaType is types.FunctionType, types.BuiltinFunctionType is type(len), types.MethodType is type(ns.__init__) or type(K().greet) is types.MethodType, types.ModuleType is type(types))
async def co():
    return 1
c = co()
print(isinstance(c, types.CoroutineType), type(c).__name__)
c.close()
def gen():
    yield 1
print(isinstance(gen(), types.GeneratorType), types.NoneType is type(None), types.EllipsisType is type(...), types.NotImplementedType is type(NotImplemented))
print(types.resolve_bases((list,)), type(types.SimpleNamespace.__init__).__name__ in ('wrapper_descriptor', 'builtin_function_or_method', 'method_descriptor', 'function'))
