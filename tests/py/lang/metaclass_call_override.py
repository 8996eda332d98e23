# Regression: a metaclass's own __call__ runs when its classes are called (singletons, counting,
# EnumType's functional API), including through super().__call__ and for subclasses.
class Singleton(type):
    _inst = {}
    def __call__(cls, *a, **kw):
        if cls not in cls._inst:
            print('creating', cls.__name__, a, kw)
            cls._inst[cls] = super().__call__(*a, **kw)
        return cls._inst[cls]
class Config(metaclass=Singleton):
    def __init__(self, v=0): self.v = v
class Sub(Config): pass
a, b = Config(1), Config(2)
print(a is b, a.v, Sub(5) is Sub(), Sub().v, Config().v)
class Counting(type):
    count = 0
    def __call__(cls, *a):
        Counting.count += 1
        return 'not an instance: %s%r' % (cls.__name__, a)
class C(metaclass=Counting): pass
print(C(1, 2), C(), Counting.count, [C(i) for i in range(2)], list(map(C, 'ab')))
f = C
print(f(3), sorted([2, 1], key=C))
from enum import Enum, IntEnum
Color = Enum('Color', 'RED GREEN', start=5)
print(list(Color), Color(6), IntEnum('N', [('a', 1), ('b', 2)]).b + 1)
class Plain: pass
print(type(Plain()).__name__, type(Plain) is type)
