# typing: get_type_hints with forward references, defaults, Annotated/include_extras and inheritance; TypedDict totality and inheritance; runtime_checkable Protocols with methods and data members.
import typing
from typing import (Annotated, Any, ClassVar, Dict, Final, List, NotRequired, Optional, Protocol, Required,
                    TypedDict, Union, get_type_hints, runtime_checkable)


def attempt(label, fn):
    try:
        print(label, "ok", fn())
    except (TypeError, NameError, AttributeError) as e:
        print(label, type(e).__name__, e)


class Node:
    value: int
    next: "Optional[Node]"
    tags: List["Tag"]
    meta: ClassVar[Dict[str, int]] = {}
    LIMIT: Final = 10


class Tag:
    name: Annotated[str, "label", 3]


def f(a: int, b: "Node" = None, *args: str, c: Annotated[float, "unit"] = 1.0, **kw: "Tag") -> "List[Node]":
    return []


def show(hints):
    return {k: repr(v).replace("typing.", "").replace("__main__.", "") for k, v in hints.items()}


print(show(get_type_hints(Node, globals())))
print(show(get_type_hints(Tag, globals())), show(get_type_hints(Tag, globals(), include_extras=True)))
print(show(get_type_hints(f)))
print(show(get_type_hints(f, include_extras=True))["c"])


class Child(Node):
    extra: "Tag"


print(sorted(get_type_hints(Child, globals())), list(Child.__annotations__))


def broken(x: "Undefined") -> None:
    pass


attempt("unresolvable", lambda: get_type_hints(broken))
print(show(get_type_hints(broken, localns={"Undefined": int})))
ann = Annotated[int, "a", "b"]
print(ann.__metadata__, typing.get_origin(ann) is Annotated, typing.get_args(ann), Annotated[ann, "c"].__metadata__)


class Movie(TypedDict):
    title: str
    year: int


class Draft(TypedDict, total=False):
    title: str
    notes: str


class Sequel(Movie, total=False):
    prequel: str
    rating: Required[float]


class Opt(TypedDict):
    name: str
    alias: NotRequired[str]


for td in (Movie, Draft, Sequel, Opt):
    print(td.__name__, td.__total__, sorted(td.__required_keys__), sorted(td.__optional_keys__))
m = Movie(title="Heat", year=1995)
print(m, type(m).__name__, Sequel(title="x", year=1, rating=2.0))
attempt("isinstance TypedDict", lambda: isinstance(m, Movie))
Point = TypedDict("Point", {"x": int, "y": int})
print(Point.__required_keys__ == {"x", "y"}, Point(x=1, y=2), show(get_type_hints(Point)))


@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...


@runtime_checkable
class Sized2(Protocol):
    size: int

    def length(self) -> int: ...


class NotRuntime(Protocol):
    def run(self) -> None: ...


class File:
    def close(self):
        pass


class Box:
    size = 3

    def length(self):
        return self.size


class HalfBox:
    def length(self):
        return 0


print(isinstance(File(), Closer), isinstance(3, Closer), isinstance(Box(), Sized2), isinstance(HalfBox(), Closer))
print(issubclass(File, Closer))
attempt("issubclass with data member", lambda: issubclass(Box, Sized2))
attempt("non-runtime isinstance", lambda: isinstance(File(), NotRuntime))
attempt("instantiate protocol", lambda: Closer())


class Explicit(Closer):
    pass


print(isinstance(Explicit(), Closer), Explicit().close())
print(Closer._is_protocol, getattr(Explicit, "_is_protocol", None), typing.Protocol in Closer.__mro__)
attempt("runtime_checkable on class", lambda: runtime_checkable(File))
print(typing.get_origin(Union[int, str]) is Union, typing.get_args(Optional[int]), Union[int, Union[str, int]])
print(typing.get_origin(List[int]), typing.get_args(Dict[str, List[int]]), typing.get_origin(int))
