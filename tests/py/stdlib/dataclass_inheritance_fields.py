# dataclasses across inheritance: field order and overriding defaults, InitVar in subclasses,
# __post_init__ chaining, frozen inheritance rules, fields(), __repr__/__eq__ generated per class,
# unsafe_hash, and ClassVar/KW_ONLY interplay.
import dataclasses
from dataclasses import dataclass, field, InitVar, KW_ONLY
from typing import ClassVar
@dataclass
class Animal:
    name: str
    legs: int = 4
    sound: str = field(default='...', repr=False)
    count: ClassVar[int] = 0
    def __post_init__(self):
        Animal.count += 1
@dataclass
class Bird(Animal):
    legs: int = 2
    can_fly: bool = True
    wingspan: InitVar[float] = 1.0
    def __post_init__(self, wingspan):
        super().__post_init__()
        self.span_cm = wingspan * 100
@dataclass
class Penguin(Bird):
    can_fly: bool = False
    _: KW_ONLY
    colony: str = 'south'
b = Bird('robin', wingspan=0.25)
p = Penguin('pingu', colony='zoo')
print(b, p, b.span_cm, p.span_cm, Animal.count)
print([f.name for f in dataclasses.fields(Penguin)], [(f.name, f.kw_only) for f in dataclasses.fields(Penguin)][-2:])
print(Bird('a') == Bird('a'), Bird('a') == Animal('a', 2), Penguin('x') == Penguin('x', colony='other'), Penguin.__match_args__)
@dataclass(frozen=True)
class FBase:
    x: int
@dataclass(frozen=True)
class FChild(FBase):
    y: int = 0
print(FChild(1, 2), hash(FChild(1, 2)) == hash(FChild(1, 2)))
try:
    @dataclass
    class Thawed(FBase):
        z: int = 0
except TypeError as e:
    print('TypeError', e)
try:
    @dataclass(frozen=True)
    class Frozen(Animal):
        pass
except TypeError as e:
    print('TypeError', e)
@dataclass(unsafe_hash=True)
class Key:
    a: int
    b: list = field(default_factory=list, hash=False, compare=False)
print(hash(Key(1)) == hash(Key(1, [9])), Key(1) == Key(1, [2]), {Key(1): 'v'}[Key(1)])
@dataclass(order=True)
class Ver:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False)
print(sorted([Ver(1, 2, 'b'), Ver(1, 0), Ver(0, 9, 'z')]), Ver(1) <= Ver(1, 0, 'x'))
try:
    Ver(1) < Animal('x')
except TypeError as e:
    print('TypeError', e)
print(dataclasses.asdict(p), dataclasses.astuple(b))
