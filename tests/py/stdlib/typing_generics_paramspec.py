# typing: Generic subscription and __parameters__/__orig_bases__, subscription errors, TypeVar bounds/constraints, ParamSpec/Concatenate/TypeVarTuple reprs, Callable/Literal/Union normalisation, NewType, overload registry, Self/Never/assert_never.
import typing
from typing import (Callable, Concatenate, Dict, Generic, List, Literal, NewType, Optional, ParamSpec, Tuple,
                    TypeVar, TypeVarTuple, Union, Unpack)

T = TypeVar("T")
K = TypeVar("K", bound=str)
N = TypeVar("N", int, float)
Co = TypeVar("Co", covariant=True)
P = ParamSpec("P")
Ts = TypeVarTuple("Ts")


def attempt(label, fn):
    try:
        print(label, "ok", fn())
    except (TypeError, AssertionError) as e:
        print(label, type(e).__name__, e)


def r(x):
    return repr(x).replace("__main__.", "")


print(r(T), r(K), r(N), r(Co), K.__bound__, N.__constraints__, Co.__covariant__, T.__name__)
print(r(P), r(P.args), r(P.kwargs), r(Ts), r(Unpack[Ts]), P.__name__)


class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item


class Pair(Generic[K, T]):
    pass


class IntBox(Box[int]):
    pass


class Mapping2(Dict[K, List[T]]):
    pass


print(r(Box[int]), r(Pair[str, Box[float]]), Box.__parameters__, Pair.__parameters__, IntBox.__parameters__)
print(r(IntBox.__orig_bases__), r(Mapping2.__orig_bases__), Mapping2.__parameters__)
b = Box[int](5)
print(type(b).__name__, b.__orig_class__ == Box[int], typing.get_origin(Box[int]) is Box, typing.get_args(Pair[str, int]))
attempt("too many", lambda: Box[int, str])
attempt("too few", lambda: Pair[int])
attempt("non-generic", lambda: IntBox[int])
attempt("Generic[int]", lambda: type("G", (Generic[int],), {}))
attempt("duplicate vars", lambda: Generic[T, T])
alias = Dict[str, T]
print(r(alias[int]), r(alias.__parameters__), r(List[Tuple[T, K]][int, str]))


class Fn(Generic[P, T]):
    pass


print(r(Fn[[int, str], bool]), r(Fn[..., int]), r(Fn[Concatenate[int, P], T]))
print(r(Callable[P, int]), r(Callable[Concatenate[str, P], int]), r(Callable[..., T][int]))
print(r(Callable[[int, str], None]), typing.get_args(Callable[[int], str]), r(Tuple[int, Unpack[Ts]]))


class Variadic(Generic[Unpack[Ts]]):
    pass


print(r(Variadic[int, str, float]), r(Variadic[()]))
print(r(Literal[1, 2, 1]), Literal[1, 2] == Literal[2, 1], r(Union[int, str, int]), r(Optional[Union[int, None]]))
print(r(Union[int]), Union[int, str] == Union[str, int], r(int | None), r(List[int] | None))
attempt("Literal args", lambda: typing.get_args(Literal["a", Literal["b", "c"]]))
UserId = NewType("UserId", int)
print(r(UserId), UserId(5), type(UserId(5)).__name__, UserId.__supertype__)
attempt("subclass NewType", lambda: type("Sub", (UserId,), {}))


@typing.overload
def area(x: int) -> int: ...


@typing.overload
def area(x: str) -> str: ...


def area(x):
    return x


print(len(typing.get_overloads(area)), area(3))
typing.clear_overloads()
print(len(typing.get_overloads(area)))
attempt("assert_never", lambda: typing.assert_never(3))
print(r(typing.Self), r(typing.Never), r(typing.LiteralString), r(typing.Any))
print(typing.assert_type(5, int), r(typing.TypeAlias), r(typing.Required[int]))
attempt("TypeVar bad", lambda: TypeVar("X", int))
attempt("bound and constraints", lambda: TypeVar("X", int, str, bound=int))
