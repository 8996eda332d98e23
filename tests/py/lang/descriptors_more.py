# descriptors: __set_name__, data vs non-data precedence, __get__ with owner, validators,
# descriptor on class access, __delete__, property subclassing, classmethod wrapping property-like.
class Typed:
    def __set_name__(self, owner, name):
        self.name = '_' + name
        self.owner = owner.__name__
    def __init__(self, kind):
        self.kind = kind
    def __get__(self, obj, objtype=None):
        if obj is None:
            return f'<Typed {self.name} of {objtype.__name__}>'
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f'{self.name[1:]} must be {self.kind.__name__}, got {type(value).__name__}')
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print('  deleting', self.name)
        delattr(obj, self.name)
class NonData:
    def __get__(self, obj, objtype=None):
        return 'from descriptor'
class Person:
    name = Typed(str)
    age = Typed(int)
    nd = NonData()
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person('ann', 30)
print(p.name, p.age, Person.name, Person.__dict__['age'].owner, vars(p))
try:
    p.age = 'old'
except TypeError as e:
    print('TypeError', e)
del p.age
print(p.age, p.nd)
p.__dict__['nd'] = 'instance wins'
p.__dict__['name'] = 'ignored'
print(p.nd, p.name)
class Lazy:
    def __init__(self, fn):
        self.fn = fn
        self.__doc__ = fn.__doc__
    def __get__(self, obj, cls):
        if obj is None:
            return self
        v = self.fn(obj)
        obj.__dict__[self.fn.__name__] = v
        return v
class Calc:
    calls = 0
    @Lazy
    def value(self):
        "computed once"
        Calc.calls += 1
        return 99
c = Calc()
print(c.value, c.value, Calc.calls, Calc.value.__doc__)
class Celsius:
    def __init__(self, t=0):
        self._t = t
    @property
    def t(self):
        return self._t
    @t.setter
    def t(self, v):
        if v < -273.15:
            raise ValueError('too cold')
        self._t = v
    @t.deleter
    def t(self):
        self._t = 0
    fahrenheit = property(lambda self: self._t * 9 / 5 + 32, doc='F')
cc = Celsius(25)
cc.t = 30
print(cc.t, cc.fahrenheit, Celsius.fahrenheit.__doc__, type(Celsius.t).__name__)
del cc.t; print(cc.t)
try:
    cc.fahrenheit = 1
except AttributeError as e:
    print('AttributeError', e)
try:
    cc.t = -300
except ValueError as e:
    print('ValueError', e)
class LoudProperty(property):
    def __get__(self, obj, objtype=None):
        r = super().__get__(obj, objtype)
        return f'LOUD {r}' if obj is not None else r
class W:
    @LoudProperty
    def x(self):
        return 'x'
print(W().x, type(W.x).__name__)
class Meth:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, cls):
        return self.f.__get__(obj, cls)
class UseMeth:
    @Meth
    def hi(self):
        return f'hi from {type(self).__name__}'
print(UseMeth().hi())
class Counter:
    def __init__(self):
        self.n = 0
    def __get__(self, obj, cls):
        self.n += 1
        return self.n
class HasCounter:
    c = Counter()
h = HasCounter()
print(h.c, h.c, HasCounter.c, getattr(h, 'c'))
print(hasattr(property(), '__set__'), hasattr(NonData(), '__set__'), property().fget)
try:
    property().__get__(1)
except AttributeError as e:
    print('AttributeError', e)
