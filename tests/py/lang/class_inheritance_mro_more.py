# Multiple inheritance: cooperative super() chains with kwargs, mixins, diamond MRO, super()
# in classmethods/staticmethod-free contexts, __init_subclass__ ordering, method resolution
# of class attributes and overridden properties.
class Base:
    def __init__(self, **kw):
        self.log = ['Base']
        super().__init__()
    def hello(self):
        return ['Base.hello']
    @classmethod
    def create(cls):
        return f'create {cls.__name__}'
class Left(Base):
    def __init__(self, left=0, **kw):
        super().__init__(**kw)
        self.log.append(f'Left({left})')
    def hello(self):
        return ['Left'] + super().hello()
class Right(Base):
    def __init__(self, right=0, **kw):
        super().__init__(**kw)
        self.log.append(f'Right({right})')
    def hello(self):
        return ['Right'] + super().hello()
    @classmethod
    def create(cls):
        return 'Right:' + super().create()
class Diamond(Left, Right):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append('Diamond')
    def hello(self):
        return ['Diamond'] + super().hello()
d = Diamond(left=1, right=2)
print([c.__name__ for c in Diamond.__mro__], d.log, d.hello(), Diamond.create())
print(super(Left, d).hello(), super(Right, d).hello(), super(Diamond, Diamond).create())
class JsonMixin:
    def to_json(self):
        import json
        return json.dumps(self.__dict__, sort_keys=True)
class ReprMixin:
    def __repr__(self):
        return f'{type(self).__name__}({", ".join(f"{k}={v!r}" for k, v in sorted(vars(self).items()))})'
class Point(JsonMixin, ReprMixin):
    def __init__(self, x, y):
        self.x, self.y = x, y
print(Point(1, 2), Point(1, 2).to_json())
class A:
    attr = 'A'
    @property
    def p(self):
        return 'A.p'
class B(A):
    attr = 'B'
class C(A):
    @property
    def p(self):
        return 'C.p+' + super().p
class D(B, C):
    pass
print(D.attr, D().p, [k.__name__ for k in D.mro()])
try:
    class X(A, B):
        pass
except TypeError as e:
    print('TypeError', e)
class Counted:
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Counted.registry.append(cls.__name__)
class One(Counted): pass
class Two(One): pass
class Three(Two, One): pass
print(Counted.registry)
class Meta(type):
    def who(cls):
        return f'meta says {cls.__name__}'
class WithMeta(metaclass=Meta):
    pass
print(WithMeta.who(), hasattr(WithMeta(), 'who'))
class S(str):
    def __new__(cls, v):
        return super().__new__(cls, v[::-1])
    def __init__(self, v):
        super().__init__()
        self.orig = v
s = S('abc'); print(s, s.orig)
class Chain:
    def m(self):
        return 'Chain'
class Child(Chain):
    def m(self):
        return super(Child, self).m() + '>Child' + (lambda: super(Child, self).m())()
print(Child().m())
