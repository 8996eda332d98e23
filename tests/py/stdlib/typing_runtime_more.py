# typing at runtime: NamedTuple (defaults, methods), TypedDict (total, Required/NotRequired),
# Protocol with runtime_checkable, get_type_hints, get_origin/get_args, Generic, cast, Literal.
import typing
from typing import NamedTuple, TypedDict, Protocol, runtime_checkable, get_type_hints, get_origin, get_args, Generic, TypeVar, Optional, Union, List, Dict, Callable, Literal, Any, cast, Final, ClassVar, Annotated
class Emp(NamedTuple):
    name: str
    dept: str = 'eng'
    salary: int = 100
    def raise_(self, pct):
        return self._replace(salary=self.salary * (100 + pct) // 100)
e = Emp('ann')
print(e, e.raise_(10), Emp._fields, Emp._field_defaults, Emp.__annotations__, e._asdict(), isinstance(e, tuple))
class Movie(TypedDict):
    title: str
    year: int
class Partial(TypedDict, total=False):
    rating: float
m: Movie = {'title': 'x', 'year': 1999}
print(m, Movie.__required_keys__ == frozenset({'title', 'year'}), Partial.__optional_keys__, Movie.__total__, Partial.__total__, type(m).__name__)
@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class File:
    def close(self):
        pass
class NoClose:
    pass
print(isinstance(File(), Closer), isinstance(NoClose(), Closer), issubclass(File, Closer))
T = TypeVar('T')
class Box(Generic[T]):
    def __init__(self, v: T):
        self.v = v
    def get(self) -> T:
        return self.v
print(Box[int](3).get(), Box.__parameters__, get_origin(Box[int]) is Box, get_args(Box[str]))
def f(a: int, b: 'List[str]', c: Optional[float] = None) -> Dict[str, int]:
    return {}
hints = get_type_hints(f)
print(sorted((k, repr(v)) for k, v in hints.items()))
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]), get_args(Optional[int]), get_args(Callable[[int, str], bool]))
print(get_origin(Literal['a', 'b']), get_args(Literal['a', 'b']), get_origin(int | str), get_args(int | None), get_args(Annotated[int, 'meta']))
print(cast(int, 'not an int'), repr(Optional[int]), repr(Union[int, str, None]), repr(List[Dict[str, int]]), repr(Callable[..., Any]))
class C:
    x: int
    y: ClassVar[str] = 's'
    z: Final = 3
print(get_type_hints(C), C.__annotations__.keys() == {'x', 'y', 'z'}.__class__(['x', 'y', 'z']) or sorted(C.__annotations__))
print(typing.get_type_hints(Emp), Union[int, int] is int, Union[int, str] == Union[str, int], Optional[int] == Union[int, None])
Alias = typing.NewType('Alias', int)
print(Alias(5), Alias.__name__, Alias.__supertype__)
@typing.overload
def g(x: int) -> int: ...
@typing.overload
def g(x: str) -> str: ...
def g(x):
    return x
print(g(1), typing.TYPE_CHECKING, typing.Any is not None, repr(typing.Tuple[int, ...]))
print(typing.assert_never.__name__ if hasattr(typing, 'assert_never') else '-', typing.reveal_type(7))
