# metaclasses: __prepare__ ordered namespaces, __new__/__init__ keyword arguments, registries,
# __call__ singletons, __instancecheck__/__subclasscheck__, __init_subclass__ with kwargs,
# class-level __getattr__ via metaclass, __class_getitem__.
class Registry(type):
    classes = {}
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = kw.get('tag', name.lower())
        mcls.classes[cls.tag] = cls
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.field_count = sum(1 for k in ns if not k.startswith('__'))
class Base(metaclass=Registry):
    pass
class Alpha(Base, tag='a'):
    x = 1
    y = 2
class Beta(Base):
    def m(self):
        pass
print(sorted(Registry.classes), Alpha.tag, Beta.tag, Alpha.field_count, Beta.field_count, type(Alpha).__name__)
class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print('  prepare', name)
        return {'injected': 'yes'}
    def __new__(mcls, name, bases, ns):
        ns['members'] = [k for k in ns if not k.startswith('__')]
        return super().__new__(mcls, name, bases, dict(ns))
class O(metaclass=Ordered):
    b = 1
    a = 2
    def c(self):
        pass
print(O.members, O.injected)
class Singleton(type):
    _inst = {}
    def __call__(cls, *a, **k):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a, **k)
        return cls._inst[cls]
class Config(metaclass=Singleton):
    def __init__(self, v=0):
        self.v = v
print(Config(1) is Config(2), Config().v)
class Duck(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, 'quack')
    def __subclasscheck__(cls, sub):
        return hasattr(sub, 'quack')
class Quacker(metaclass=Duck):
    pass
class D:
    def quack(self):
        pass
print(isinstance(D(), Quacker), isinstance(1, Quacker), issubclass(D, Quacker), issubclass(int, Quacker))
class Plugin:
    plugins = []
    def __init_subclass__(cls, /, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.pname = name or cls.__name__
        Plugin.plugins.append(cls.pname)
class P1(Plugin, name='first'):
    pass
class P2(Plugin):
    pass
print(Plugin.plugins, P1.pname)
try:
    class P3(Plugin, bogus=1):
        pass
except TypeError as e:
    print('TypeError', e)
class AttrMeta(type):
    def __getattr__(cls, name):
        return f'meta-{name}'
    def __len__(cls):
        return 42
    def __repr__(cls):
        return f'<class {cls.__name__} via meta>'
class Dyn(metaclass=AttrMeta):
    real = 1
print(Dyn.real, Dyn.fake, len(Dyn), repr(Dyn), Dyn().real)
class Vec:
    def __class_getitem__(cls, item):
        return f'{cls.__name__}[{item.__name__ if isinstance(item, type) else item}]'
print(Vec[int], Vec['x'])
Dynamic = type('Dynamic', (Alpha,), {'z': 3, '__repr__': lambda self: 'Dynamic()'})
print(Dynamic(), Dynamic.z, Dynamic.tag, Dynamic.__mro__[1].__name__, type(Dynamic).__name__)
class M1(type): pass
class M2(type): pass
class A1(metaclass=M1): pass
class A2(metaclass=M2): pass
try:
    class Both(A1, A2):
        pass
except TypeError as e:
    print('TypeError', e)
class Sub(M1): pass
class C1(A1, metaclass=Sub): pass
print(type(C1).__name__, isinstance(C1, M1))
print(type.__call__(Config) is Config(), type(type), type(Registry))
