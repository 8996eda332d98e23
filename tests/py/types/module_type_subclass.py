# types.ModuleType: creating modules at run time (name, doc, dict, exec into them, sys.modules
# and import), subclasses with methods and __getattr__, importlib.util.module_from_spec.
import types, sys
m = types.ModuleType('foo', 'doc')
print(m, m.__doc__, m.__name__, m.__spec__, m.__package__)
m.x = 1
print(m.x, sorted(vars(m)), isinstance(m, types.ModuleType), type(m) is types.ModuleType)
exec('def f(): return x * 10', m.__dict__)
print(m.f())
sys.modules['foo'] = m
import foo
print(foo is m, foo.f())
from foo import x
print(x)
class Lazy(types.ModuleType):
    def __getattr__(self, name):
        return f'lazy {name}'
    def hello(self):
        return 'hello from ' + self.__name__
lz = Lazy('lz')
lz.real = 5
print(lz.real, lz.missing, lz.hello(), type(lz).__name__, isinstance(lz, types.ModuleType), lz.__dict__['real'])
m2 = types.ModuleType('bar')
print(repr(m2), m2.__doc__)
try:
    types.ModuleType()
except TypeError as e:
    print('TypeError', e)
import importlib.util
spec = importlib.util.spec_from_loader('dyn', loader=None)
dyn = importlib.util.module_from_spec(spec)
print(dyn.__name__, dyn.__spec__.name)
m.__name__ = 'renamed'
print(m)
