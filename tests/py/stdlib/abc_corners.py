# abc corners: abstract properties/class/static methods, register (decorator form), __subclasshook__, update_abstractmethods, instance/subclass caches, error messages.
import abc

class Shape(abc.ABC):
    @property
    @abc.abstractmethod
    def area(self): ...
    @classmethod
    @abc.abstractmethod
    def make(cls): ...
    @staticmethod
    @abc.abstractmethod
    def kind(): ...
    def describe(self):
        return f"{self.kind()} with area {self.area}"

print(sorted(Shape.__abstractmethods__), Shape.area.__isabstractmethod__, Shape.__dict__["make"].__isabstractmethod__)
for cls in (Shape,):
    try:
        cls()
    except TypeError as e:
        print("TypeError", e)

class Square(Shape):
    def __init__(self, s=2): self.s = s
    @property
    def area(self): return self.s ** 2
    @classmethod
    def make(cls): return cls(3)
    @staticmethod
    def kind(): return "square"
print(Square().describe(), Square.make().area, Square.__abstractmethods__ == frozenset())
class Partial(Shape):
    @property
    def area(self): return 1
try:
    Partial()
except TypeError as e:
    print("TypeError", e)

class Duck(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Duck:
            return any("quack" in B.__dict__ for B in C.__mro__) or NotImplemented
        return NotImplemented
class Mallard:
    def quack(self): return "quack"
class Robot:
    pass
class RoboDuck(Robot):
    quack = None
print(issubclass(Mallard, Duck), isinstance(Mallard(), Duck), issubclass(Robot, Duck), issubclass(RoboDuck, Duck))

@Duck.register
class Goose:
    pass
print(Goose.__name__, issubclass(Goose, Duck), isinstance(Goose(), Duck), Duck.register(int) is int, issubclass(bool, Duck))
try:
    Duck.register(5)
except TypeError as e:
    print("TypeError", e)
class Sub(Duck):
    pass
try:
    Sub.register(Duck)
except RuntimeError as e:
    print("RuntimeError", e)
print(issubclass(Mallard, Sub))
print(abc.get_cache_token() is not None, type(abc.get_cache_token()).__name__)
t1 = abc.get_cache_token()
class Fresh(abc.ABC): pass
Fresh.register(float)
print(abc.get_cache_token() != t1)

class Base(abc.ABC):
    @abc.abstractmethod
    def run(self): ...
    @abc.abstractmethod
    def stop(self): ...
class Impl(Base):
    def run(self): return "run"
print(sorted(Impl.__abstractmethods__))
Impl.stop = lambda self: "stop"
print(sorted(Impl.__abstractmethods__), abc.update_abstractmethods(Impl) is Impl, sorted(Impl.__abstractmethods__))
print(Impl().run(), Impl().stop())
class Plain:
    pass
print(abc.update_abstractmethods(Plain) is Plain)

class Meta(metaclass=abc.ABCMeta):
    @abc.abstractmethod
    def m(self): ...
print(type(Meta).__name__, isinstance(Meta, abc.ABCMeta), abc.ABC.__slots__ if hasattr(abc.ABC, "__slots__") else None)
print(Meta._abc_registry if False else "registry hidden", issubclass(Meta, abc.ABC))
class MyDeprecated(abc.ABC):
    @abc.abstractproperty
    def p(self): ...
    @abc.abstractclassmethod
    def c(cls): ...
    @abc.abstractstaticmethod
    def s(): ...
print(sorted(MyDeprecated.__abstractmethods__))
def not_method(): pass
print(getattr(abc.abstractmethod(not_method), "__isabstractmethod__", None))
class WithAbstractDunder(abc.ABC):
    @abc.abstractmethod
    def __len__(self): ...
class Len(WithAbstractDunder):
    def __len__(self): return 3
print(len(Len()), isinstance([], WithAbstractDunder), WithAbstractDunder.register(list) is list, isinstance([], WithAbstractDunder))
