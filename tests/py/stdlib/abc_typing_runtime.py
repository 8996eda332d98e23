# abc (abstractmethod enforcement, register, __subclasshook__, abstract properties) and typing at
# runtime (get_type_hints, get_origin/get_args, NamedTuple, TypedDict, Protocol with
# runtime_checkable, Generic subscription, cast, overload, Literal, Optional/Union repr).
import abc, typing
from typing import (Any, Optional, Union, List, Dict, Tuple, Callable, TypeVar, Generic, NamedTuple, TypedDict,
                    Protocol, runtime_checkable, Literal, get_type_hints, get_origin, get_args, cast)
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @property
    @abc.abstractmethod
    def name(self): ...
try: Shape()
except TypeError as e: print(e)
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    @property
    def name(self): return 'square'
print(Sq(3).area(), Sq(2).name, isinstance(Sq(1), Shape), sorted(Shape.__abstractmethods__))
class Half(Shape):
    def area(self): return 0
try: Half()
except TypeError as e: print(e)
class Sized2(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return True if hasattr(C, '__len__') else NotImplemented
print(isinstance([], Sized2), isinstance(3, Sized2))
Shape.register(int); print(isinstance(5, Shape), issubclass(bool, Shape))
T = TypeVar('T')
class Stack(Generic[T]):
    def __init__(self): self.items: List[T] = []
    def push(self, x: T) -> None: self.items.append(x)
s = Stack[int](); s.push(1); print(s.items, Stack[int], Stack.__parameters__)
def f(a: int, b: Optional[str] = None, *c: float, **d: Dict[str, int]) -> List[Tuple[int, ...]]: ...
print(get_type_hints(f))
for tp in [List[int], Dict[str, List[int]], Optional[int], Union[int, str, None], Callable[[int, str], bool],
           Tuple[int, ...], Literal['a', 1], list[int], int | None, Callable[..., int]]:
    print(tp, get_origin(tp), get_args(tp))
class Emp(NamedTuple):
    name: str
    id: int = 3
print(Emp('a'), Emp._fields, Emp.__annotations__, Emp('b', 5)._asdict())
class Movie(TypedDict, total=False):
    title: str
    year: int
m: Movie = {'title': 'x'}
print(m, Movie.__total__, sorted(Movie.__optional_keys__), Movie.__annotations__)
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(1, Closable), cast(int, 'x'))
print(Optional[int] == Union[int, None], Union[int, int], Union[int, Union[str, float]], Any, typing.NoReturn)
print(repr(TypeVar('U', bound=int)), TypeVar('V', int, str).__constraints__)
