# obj.__class__ assignment: between plain classes (methods and isinstance follow), attributes
# kept, state-machine style class switching, builtin-subclass and __slots__ layout rules,
# ModuleType subclasses, and the errors for incompatible targets.
import types
class Idle:
    def handle(self, ev):
        if ev == 'start':
            self.__class__ = Running
            return 'starting'
        return 'idle ignores ' + ev
class Running:
    def handle(self, ev):
        self.ticks = getattr(self, 'ticks', 0) + 1
        if ev == 'stop':
            self.__class__ = Idle
            return f'stopped after {self.ticks}'
        return f'running {ev}'
m = Idle()
m.name = 'machine'
print([m.handle(e) for e in ['poke', 'start', 'a', 'b', 'stop', 'poke', 'start', 'stop']], type(m).__name__, m.name, m.ticks)
for i in range(50):
    m.__class__ = Running if i % 2 else Idle
    m.name = i
print(type(m).__name__, m.name, isinstance(m, Running), vars(m))
class L1(list):
    def kind(self): return 'L1'
class L2(list):
    def kind(self): return 'L2'
x = L1([1, 2]); x.__class__ = L2; print(x.kind(), x, len(x), type(x).__name__)
class D1(dict): pass
try:
    x.__class__ = D1
except TypeError as e:
    print('TypeError', e)
class S1:
    __slots__ = ('a',)
class S2:
    __slots__ = ('a',)
class S3:
    __slots__ = ('b',)
s = S1(); s.a = 5; s.__class__ = S2; print(type(s).__name__, s.a)
try:
    s.__class__ = S3
except TypeError as e:
    print('TypeError', e)
class Plain: pass
try:
    s.__class__ = Plain
except TypeError as e:
    print('TypeError', e)
try:
    Plain().__class__ = int
except TypeError as e:
    print('TypeError', e)
try:
    (1).__class__ = bool
except TypeError as e:
    print('TypeError', e)
try:
    Plain().__class__ = 5
except TypeError as e:
    print('TypeError', e)
class Verbose(types.ModuleType):
    def hello(self):
        return 'hello from ' + self.__name__
mod = types.ModuleType('mymod'); mod.value = 3
mod.__class__ = Verbose
print(mod.hello(), mod.value, type(mod).__name__)
class E1(Exception): pass
class E2(Exception):
    def __str__(self): return 'E2 says ' + str(self.args)
e = E1('x'); e.__class__ = E2; print(str(e), isinstance(e, E2))
