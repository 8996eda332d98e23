#!/usr/bin/env python3.11
"""The code Taipan compiles without a host compiler (interp/templates.cpp,
interp/template_defs.cpp) against CPython 3.11's: for dataclasses' generated methods and for
thousands of expressions (mangled variants of typing-style and general ones), Taipan runs
with no compiler reachable and dumps each code object it made; CPython compiles the same
sources. Every source Taipan compiled must be one CPython compiles too, to the same
instructions, arguments, constants, names, stack size, flags and line table.

Usage: python3.11 tests/templates/run.py --taipan build/release/taipan
"""
import argparse
import json
import os
import py_compile
import random
import subprocess
import sys
import tempfile

SEEDS = [
    "Optional[Dict[str, 'X']] | f(a, (b,), [c])", "a.b(c)[d] if not e else (f, g) + h",
    "x is not None and y not in (1, 2) or f'{a!r}z'", "[1, ...][0] == 10 != 3",
    "f(a if b else c, not d, [e, 'x', 3])", "Tuple[int, ...] | List['A'] | None", "(a, 'b', 1) + x[1][2]",
    "not (a or b) if c in (1, 2) else d", "'a' + b if not c else e.f.g(h)[i, j]", "x if y and z else (w, v)",
    "Callable[[int, str], bool]", "Literal[1, 'x', True, None, (2, 'y')]", "self.__class__.__qualname__ + f\"(x={self.x!r})\"",
    "a * 2 + b / 3 - c // 4 % d ** -2", "-x ** 2 + ~y << 3 >> z & 5 ^ 6 | 7", "(a - 1.5e3) * .25 if b >= -1 else -c",
    "x[-1] + f(2.0, -0.0, 1., 1e-5) @ m", "r * r - (x * x + y * y) / 2 < 4.0",
]

# Run under both interpreters: prints one JSON list, an entry per source (null: not compiled).
DUMP = r'''
import dis, json, sys
from dataclasses import dataclass, field, InitVar, KW_ONLY

def dump(c):
    return [[(i.opname, i.argrepr, i.positions.lineno) for i in dis.get_instructions(c)], repr(c.co_consts),
            c.co_names, c.co_varnames, c.co_freevars, c.co_cellvars, c.co_stacksize, c.co_flags,
            c.co_argcount, c.co_kwonlyargcount, list(c.co_lines()), c.co_name, c.co_qualname, c.co_firstlineno]

@dataclass(order=True, frozen=True)
class F:
    a: int
    b: str = "z"
    c: list = field(default_factory=list)
    _: KW_ONLY
    d: int = 0
    e: InitVar[int] = 1
    def __post_init__(self, e): pass

@dataclass(slots=True, unsafe_hash=True)
class S:
    x: int
    y: int = field(init=False, default=3)

@dataclass(eq=False)
class H:
    self: int
    other: "list[int]" = field(default_factory=list, repr=False)

out = []
for cls in (F, S, H):
    for name in ("__init__", "__repr__", "__eq__", "__lt__", "__le__", "__gt__", "__ge__", "__hash__",
                 "__setattr__", "__delattr__"):
        f = cls.__dict__.get(name)
        if f is not None and hasattr(f, "__code__"):
            out.append(dump(getattr(f, "__wrapped__", f).__code__))
for src in json.load(open(sys.argv[1])):
    try:
        out.append(dump(compile(src, "<m>", "eval")))
    except (SyntaxError, RuntimeError, ValueError):
        out.append(None)
print(json.dumps(out))
'''


def mangled(n):
    rng = random.Random(2026)
    out = []
    for i in range(n):
        s = SEEDS[i % len(SEEDS)]
        for _ in range(rng.randint(0, 3)):
            if not s:
                break
            at = rng.randrange(len(s))
            op = rng.randrange(3)
            if op == 0:
                s = s[:at] + s[at + 1:]
            elif op == 1:
                s = s[:at] + s[rng.randrange(len(s))] + s[at:]
            else:
                j = rng.randrange(len(s))
                chars = list(s)
                chars[at], chars[j] = chars[j], chars[at]
                s = "".join(chars)
        out.append(s)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--taipan", required=True)
    ap.add_argument("--count", type=int, default=6000)
    args = ap.parse_args()
    exprs = mangled(args.count)
    with tempfile.TemporaryDirectory() as tmp:
        sources = os.path.join(tmp, "sources.json")
        with open(sources, "w") as f:
            json.dump(exprs, f)
        prog = os.path.join(tmp, "dump.py")
        with open(prog, "w") as f:
            f.write(DUMP)
        pyc = os.path.join(tmp, "dump.pyc")
        py_compile.compile(prog, pyc, doraise=True)
        env = dict(os.environ, TAIPAN_PYTHON="/nonexistent")
        t = subprocess.run([args.taipan, pyc, sources], capture_output=True, text=True, env=env, timeout=600)
        if t.returncode != 0:
            print(t.stderr)
            return 1
        c = subprocess.run([sys.executable, "-W", "error", pyc, sources], capture_output=True, text=True, timeout=600)
        if c.returncode != 0:
            print(c.stderr)
            return 1
    taipan, cpython = json.loads(t.stdout), json.loads(c.stdout)
    methods = len(taipan) - args.count
    compiled = different = 0
    for i, (a, b) in enumerate(zip(taipan, cpython)):
        if a is None:
            continue
        compiled += 1
        if a != b:
            different += 1
            if different <= 5:
                what = f"method {i}" if i < methods else repr(exprs[i - methods])
                print(f"differs: {what}\n  Taipan:  {a}\n  CPython: {b}")
    print(f"templates: {methods} dataclass methods and {compiled - methods} of {args.count} expressions compiled "
          f"without a host compiler; {different} differ from CPython's code")
    if compiled - methods < args.count // 4:
        print("templates: too little was compiled: the subset compiler refuses what it should take")
        return 1
    return 1 if different else 0


if __name__ == "__main__":
    sys.exit(main())
