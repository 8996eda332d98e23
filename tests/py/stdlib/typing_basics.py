# typing: TypeVar, Generic, subscripted aliases, Optional/Union, NamedTuple, TypedDict, Protocol, get_type_hints, cast, overload
import typing
from typing import (Any, Callable, ClassVar, Dict, Generic, List, Literal, NamedTuple, Optional, Protocol, Tuple,
                    TypedDict, TypeVar, Union, get_args, get_origin, get_type_hints, runtime_checkable)

T = TypeVar("T")
K = TypeVar("K", bound=str)
N = TypeVar("N", int, float)
print(T, K.__bound__, N.__constraints__, T.__name__)
print(List[int], Dict[str, List[int]], Optional[int], Union[int, str], Union[int, None] == Optional[int])
print(Tuple[int, ...], Callable[[int, str], bool], Callable[..., Any], Literal["a", 1], ClassVar[int])
print(get_origin(List[int]), get_args(Dict[str, int]), get_args(Optional[int]), get_origin(Union[int, str]))
print(list[int] == List[int], int | str, Union[int, str] == (int | str))


class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item

    def get(self) -> T:
        return self.item


b = Box[int](3)
print(Box[int], b.get(), Box.__parameters__, type(b).__name__, Box[str].__origin__ is Box)


class Pair(Box[T], Generic[T, K]):
    pass


print(Pair.__parameters__, Pair[int, str])


class Point(NamedTuple):
    x: int
    y: int = 0

    def norm(self):
        return self.x * self.x + self.y * self.y


p = Point(3, 4)
print(p, p.norm(), p._fields, p._asdict(), Point._field_defaults, p[0], Point.__annotations__)
Emp = NamedTuple("Emp", [("name", str), ("id", int)])
print(Emp("a", 1))


class Movie(TypedDict):
    name: str
    year: int


class PartialMovie(TypedDict, total=False):
    rating: float


m = Movie(name="x", year=1)
print(m, Movie.__required_keys__ == {"name", "year"}, PartialMovie.__optional_keys__, Movie.__total__)


@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...


class F:
    def close(self):
        pass


print(isinstance(F(), Closer), isinstance(1, Closer))


def func(a: int, b: "str" = "x", c: Optional[List[int]] = None) -> Dict[str, int]:
    return {}


print(get_type_hints(func))


class Annotated:
    a: int
    b: List[str]
    c: ClassVar[int] = 3


print(get_type_hints(Annotated))
print(typing.cast(int, "x"), typing.TYPE_CHECKING)


@typing.overload
def ov(x: int) -> int: ...
@typing.overload
def ov(x: str) -> str: ...
def ov(x):
    return x


print(ov(2), typing.get_overloads(ov) != [])
Alias = typing.NewType("Alias", int)
print(Alias(5), Alias.__name__, Alias)
print(typing.Any, typing.NoReturn, typing.Sequence[int], typing.Iterable, typing.Mapping[str, int])


@typing.final
class Final:
    pass


print(typing.Final[int], typing.Annotated[int, "meta"], get_args(typing.Annotated[int, "meta"]))
S = typing.ParamSpec("S")
print(S, S.args, Callable[S, int])
print(typing.Self, typing.LiteralString, typing.Never, typing.Required[int])
