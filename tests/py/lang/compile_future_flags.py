# compile(), exec() and eval() of source inherit the calling module's `from __future__` flags
# (here: annotations), unless compile() is given dont_inherit=True.
from __future__ import annotations
import __future__

FUTURE = __future__.annotations.compiler_flag
print(FUTURE)

c = compile("a if b else c", "<s>", "eval")
print(bool(c.co_flags & FUTURE), eval(c, {"a": 1, "b": 0, "c": 2}))
c = compile("a if b else c", "<s>", "eval", dont_inherit=True)
print(bool(c.co_flags & FUTURE))
c = compile("x[0]", "<s>", "eval", FUTURE, True)
print(bool(c.co_flags & FUTURE))

ns = {}
exec("def f(x: int, y: 'list[int]' = None) -> str:\n    return str(x)\n", ns)
print(ns["f"].__annotations__)
exec(compile("def g(x: int) -> str:\n    pass\n", "<g>", "exec", dont_inherit=True), ns)
print(ns["g"].__annotations__)
print(eval("(lambda: 1)").__code__.co_flags & FUTURE == FUTURE)


def local_scope():
    exec("def h(z: float): pass", globals())
    return h.__annotations__


print(local_scope())
