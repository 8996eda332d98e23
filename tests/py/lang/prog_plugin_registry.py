# A plugin system: plugins registered by decorator and by __init_subclass__, loaded lazily
# through importlib.import_module of standard modules by dotted name, dispatch by name with
# getattr, and a report of capabilities; modules built at run time with types.ModuleType.
import importlib, types, sys
REGISTRY = {}
def plugin(name):
    def deco(cls):
        REGISTRY[name] = cls
        cls.plugin_name = name
        return cls
    return deco
class Base:
    subclasses = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Base.subclasses.append(cls.__name__)
    def run(self, data):
        raise NotImplementedError
@plugin('upper')
class Upper(Base):
    def run(self, data):
        return data.upper()
@plugin('hash')
class Hasher(Base):
    algo = 'sha256'
    def run(self, data):
        hashlib = importlib.import_module('hashlib')
        return hashlib.new(self.algo, data.encode()).hexdigest()[:16]
@plugin('json')
class Jsonify(Base):
    def run(self, data):
        return importlib.import_module('json').dumps({'data': data, 'len': len(data)}, sort_keys=True)
def load_callable(spec):
    mod_name, _, attr = spec.rpartition('.')
    mod = importlib.import_module(mod_name)
    return getattr(mod, attr)
for spec in ['os.path.join', 'textwrap.shorten', 'string.capwords', 'collections.Counter', 'xml.sax.saxutils.escape', 'email.utils.quote']:
    fn = load_callable(spec)
    print(spec, '->', getattr(fn, '__name__', type(fn).__name__))
print(load_callable('textwrap.shorten')('a long sentence that needs cutting', 15), load_callable('xml.sax.saxutils.escape')('<a&b>'))
for name in sorted(REGISTRY):
    p = REGISTRY[name]()
    print(name, type(p).__name__, p.run('plugin data'))
print(Base.subclasses)
virtual = types.ModuleType('virtual_plugins', 'Plugins made at run time.')
exec('def shout(s):\n    return s.upper() + "!"\nVERSION = (1, 2)', virtual.__dict__)
sys.modules['virtual_plugins'] = virtual
vp = importlib.import_module('virtual_plugins')
print(vp is virtual, vp.shout('hey'), vp.VERSION, vp.__doc__, load_callable('virtual_plugins.shout')('x'))
try:
    importlib.import_module('no.such.plugin')
except ModuleNotFoundError as e:
    print('ModuleNotFoundError', e.name)
try:
    load_callable('json.no_such_attr')
except AttributeError as e:
    print('AttributeError', e)
pkg_rel = importlib.import_module('.decoder', 'json')
print(pkg_rel.__name__, importlib.import_module('..parser', 'email.mime').__name__)
