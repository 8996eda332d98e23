# Class decorators
registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls

def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls

def with_tag(tag):
    def deco(cls):
        cls.tag = tag
        return cls
    return deco

@register
@add_repr
@with_tag("model")
class User:
    def __init__(self, name, age):
        self.name = name
        self.age = age

@register
class Other:
    pass

print(registry)
print(User("ann", 30), User.tag)

def singleton(cls):
    instances = {}
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get

@singleton
class Config:
    def __init__(self, v):
        print("Config created", v)
        self.v = v
c1 = Config(1)
c2 = Config(2)
print(c1 is c2, c1.v, type(Config).__name__)

def add_ordering(cls):
    cls.__le__ = lambda a, b: a < b or a == b
    cls.__gt__ = lambda a, b: not a <= b
    cls.__ge__ = lambda a, b: not a < b
    return cls
@add_ordering
class N:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __eq__(self, o):
        return self.v == o.v
print(N(1) <= N(1), N(1) <= N(2), N(2) > N(1), N(2) >= N(3))

def count_instances(cls):
    orig_init = cls.__init__
    cls.count = 0
    def __init__(self, *a, **k):
        cls.count += 1
        orig_init(self, *a, **k)
    cls.__init__ = __init__
    return cls
@count_instances
class P:
    def __init__(self, x):
        self.x = x
ps = [P(i) for i in range(5)]
print(P.count, ps[3].x)
