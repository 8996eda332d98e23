# abc: abstract methods/properties/classmethods, instantiation errors listing names, register()
# virtual subclasses, __subclasshook__, ABCMeta caches; numbers ABC tower checks.
import abc, numbers
from fractions import Fraction
from decimal import Decimal
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @property
    @abc.abstractmethod
    def name(self): ...
    @classmethod
    @abc.abstractmethod
    def make(cls): ...
    def describe(self):
        return f'{self.name} with area {self.area():.2f}'
try:
    Shape()
except TypeError as e:
    print('TypeError', e)
class Half(Shape):
    def area(self):
        return 1.0
try:
    Half()
except TypeError as e:
    print('TypeError', e)
class Sq(Half):
    name = 'square'
    @classmethod
    def make(cls):
        return cls()
print(Sq.make().describe(), sorted(Shape.__abstractmethods__), Sq.__abstractmethods__, isinstance(Sq(), Shape))
class Sized(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return any('__len__' in B.__dict__ for B in C.__mro__) or NotImplemented
        return NotImplemented
print(issubclass(list, Sized), issubclass(int, Sized), isinstance('abc', Sized), isinstance(3, Sized))
class Plugin(metaclass=abc.ABCMeta):
    pass
class Foreign:
    pass
Plugin.register(Foreign)
@Plugin.register
class Deco:
    pass
print(issubclass(Foreign, Plugin), isinstance(Deco(), Plugin), Plugin.register(int) is int, isinstance(3, Plugin), Foreign.__mro__[-1].__name__)
print(abc.get_cache_token() is not None, type(Plugin).__name__, hasattr(abc, 'update_abstractmethods'))
class Later(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
Later.f = lambda self: 1
Later.__abstractmethods__ = frozenset()
print(Later().f())
for v in [1, True, 1.5, 2j, Fraction(1, 3), Decimal('1.1')]:
    print(type(v).__name__, [isinstance(v, t) for t in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)])
class MyInt(numbers.Integral):
    pass
try:
    MyInt()
except TypeError as e:
    print('abstract count', len(MyInt.__abstractmethods__) > 10)
