# Forward references (typing compiles each one in "eval" mode), eval() of small expressions,
# and what the compiled code looks like.
import dis
import typing
from typing import Optional, List, Dict, Callable, Tuple, Literal, Union


class Node:
    def f(self, a: "Optional[List['Node']]", b: "Dict[str, int] | None", c: "Callable[[int, str], bool]",
          d: "Tuple[int, ...]", e: "Literal[1, 'x', True, None]", g: "typing.Set[int]") -> "Union[int, str]":
        pass

    next: "Optional[Node]" = None


print(typing.get_type_hints(Node.f))
ref = typing.ForwardRef("List[Node]")
print(ref, ref.__forward_code__.co_names, ref._evaluate(globals(), None, frozenset()))

env = {"a": [5, 6], "x": {1}, "y": {2}, "z": 3, "A": 1, "b": 0, "c": "c"}
for src in ["z + 2", "a[1]", "[a, 2]", "x | y", "'a' if z else 'b'", "not z", "(z, 2)", "()", "('p', 'q')",
            "f'{z!r}x{z}'", "a.index(6)", "len([z,2,3])", "x is not None", "3 not in a",
            "c if z == 3 and b is None and A else None", "z == 3", "A < z", "c + 'd'", "a[0] if b else c",
            "missing", "z.nope", "a[5]", "[] + a", "Optional[List['x']]"]:
    try:
        print(repr(src), repr(eval(src, dict(env))))
    except Exception as ex:
        print(repr(src), type(ex).__name__, ex)

c = compile("a if b else c", "<s>", "eval")
print(list(c.co_lines()), c.co_consts, c.co_names, c.co_stacksize, c.co_flags)
dis.dis(c)
print(eval(c, {"a": 1, "b": 0, "c": 2}))

# X | Y with generic aliases on either side (what "list[float] | None" evaluates).
u = list[float] | None
print(u, int | list[int], u.__args__, type(u).__name__, None | dict[str, int], u == (list[float] | None))


def g(a: "list[float] | None", b: "dict[str, tuple[int, ...]]") -> "set[int]":
    pass


print(typing.get_type_hints(g), list[int].__unpacked__)
