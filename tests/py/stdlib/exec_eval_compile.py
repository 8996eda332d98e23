# exec, eval and compile of source text (compiled by the host CPython).

print(eval("1 + 2 * 3"))
print(eval("  x * 2", {"x": 21}))
print(eval("a + b", {"a": 1}, {"b": 2}))
g = {}
exec("y = 5\ndef f(n):\n    return n * y\n", g)
print(g["y"], g["f"](3), "__builtins__" in g)

ns = {}
loc = {}
exec("z = len('abc')", ns, loc)
print(loc, "z" in ns)

code = compile("print('compiled', 40 + 2)", "<mine>", "exec")
print(type(code).__name__, code.co_filename, code.co_name)
exec(code)
e = compile("3 ** 4", "<expr>", "eval")
print(eval(e))
s = compile("1 + 1", "<single>", "single")
print(type(s).__name__)
print(eval(b"7 - 2"))
exec(b"print('from bytes')")

# exec at module level sees and sets module globals
counter = 10
exec("counter += 1")
print(counter)

# eval in a function sees its locals
def inner(v):
    w = v + 1
    return eval("v * w")
print(inner(4))

# classes and closures inside exec'd code
src = """
class P:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"P({self.x!r})"
def make(k):
    def add(v):
        return v + k
    return add
result = [P(i) for i in range(3)], make(10)(5)
"""
d = {}
exec(src, d)
print(d["result"])

# the same source twice (cached) builds distinct functions
a, b = {}, {}
exec("def h(): return 1", a)
exec("def h(): return 1", b)
print(a["h"] is b["h"], a["h"](), b["h"]())

# errors raised inside exec'd code propagate
try:
    exec("1 / 0")
except ZeroDivisionError as ex:
    print("ZeroDivisionError", ex)
try:
    eval("undefined_name")
except NameError as ex:
    print("NameError", ex)

# syntax errors
for bad in ["x = ", "def f(:\n  pass", "if 1:\nx = 2", "return 5", "a b c", "(1, 2"]:
    try:
        exec(bad)
    except SyntaxError as ex:
        print(type(ex).__name__, "|", ex, "|", ex.msg, ex.filename, ex.lineno, ex.offset, repr(ex.text))
try:
    compile("x = (", "myfile.py", "exec")
except SyntaxError as ex:
    print(ex, ex.args)
try:
    eval("x = 1")
except SyntaxError as ex:
    print("eval:", ex)
try:
    exec("a\0b")
except (SyntaxError, ValueError) as ex:
    print(type(ex).__name__, ex)

# argument errors
for call in [lambda: exec(1), lambda: eval(1), lambda: compile(1, "f", "exec"),
             lambda: compile("x", "f", "bad"), lambda: eval("1", []),
             lambda: eval("1", {}, 3), lambda: exec("1", []), lambda: exec("1", {}, 3),
             lambda: eval(), lambda: compile("x", "f")]:
    try:
        call()
    except (TypeError, ValueError) as ex:
        print(type(ex).__name__, ex)

# SyntaxError built by hand
se = SyntaxError("bad thing", ("dir/file.py", 3, 4, "text\n", 3, 5))
print(se, se.args, se.filename, se.lineno, se.offset, se.end_offset)
print(SyntaxError("only msg"), SyntaxError().msg)
