# Scoping: class-body comprehension scope, nonlocal through nested closures, del of closure cells, __class__ cell.
x = "global-x"
class C:
    x = "class-x"
    items = [1, 2, 3]
    # comprehension's first iterable is evaluated in class scope; the rest sees globals
    firsts = [i for i in items]
    sees = [x for _ in range(2)]
    lam = (lambda: x)()
    try:
        nested = [[i for i in items] for j in range(1)]
    except NameError as e:
        nested = "NameError: " + str(e)
    gen_first = list(v for v in items)
    y = x + "!"
print(C.firsts, C.sees, C.lam, C.nested, C.gen_first, C.y)
def f():
    v = "f-local"
    class Inner:
        v2 = v          # free var from function visible in class body
        w = [v for _ in range(1)]
        def m(self): return v
    return Inner
I = f(); print(I.v2, I.w, I().m())
def g():
    v = "outer"
    class K:
        v = "class-level"
        def m(self): return v   # method skips class scope
        got = v
    return K().m(), K.got
print(g())
# class body reading a name later assigned in the same class: global lookup first
z = "global-z"
class Z:
    before = z
    z = "class-z"
    after = z
print(Z.before, Z.after)
def h():
    z = "func-z"
    class Q:
        before = z    # LOAD_CLASSDEREF: class dict then cell
        z = "class-z2"
        after = z
    return Q.before, Q.after
print(h())
# nonlocal chains
def counter():
    n = 0
    def mid():
        def inner():
            nonlocal n
            n += 1
            return n
        return inner
    return mid(), lambda: n
inc, peek = counter()
inc(); inc(); print(peek(), inc())
def shadow():
    a = 1
    def l1():
        a = 2
        def l2():
            nonlocal a
            a += 10
            return a
        r = l2()
        return r, a
    return l1(), a
print(shadow())
# del of a closure cell
def cells():
    c = "cell value"
    def reader():
        return c
    print(reader())
    del c
    try:
        reader()
    except NameError as e:
        print("NameError", e)
    try:
        print(c)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    c = "rebound"
    return reader()
print(cells())
def del_nonlocal():
    v = 1
    def killer():
        nonlocal v
        del v
    killer()
    try:
        return v
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(del_nonlocal())
# unbound local before assignment
def ub():
    try:
        print(q)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    q = 1
q = "global q"
ub()
# comprehension variables don't leak; walrus in comprehension binds in enclosing scope
def leak():
    [t for t in range(3)]
    r = [last := t for t in range(4)]
    return "t" in dir(), last, r
print(leak())
class W:
    vals = [1, 2, 3]
    try:
        exec("res = [(w := v) for v in vals]")
    except SyntaxError as e:
        res = "SyntaxError"
print(W.res if hasattr(W, "res") else None)
# __class__ cell and zero-arg super from nested function
class P:
    def who(self): return "P"
class R(P):
    def who(self):
        def nested(): return __class__.__name__
        return nested() + ">" + super().who()
print(R().who(), R.who.__code__.co_freevars, R.who.__closure__[0].cell_contents is R)
# locals() in class body and function
class Lc:
    a = 1
    b = sorted(locals())
print(Lc.b)
def loc():
    p = 1
    def inner(): return p
    return sorted(locals())
print(loc())
# global declared in nested function
def setg():
    def deeper():
        global newglobal
        newglobal = "set from deep"
    deeper()
setg(); print(newglobal)
# closure captures variable not value (late binding) and default-arg capture
fs = [lambda: i for i in range(3)]
gs = [lambda i=i: i for i in range(3)]
print([f() for f in fs], [g() for g in gs])
# cell shared between sibling closures
def pair():
    v = []
    return (lambda x: v.append(x)), (lambda: list(v))
add, get = pair(); add(1); add(2); print(get(), add.__closure__[0] is get.__closure__[0])
# cell_contents on empty cell
def empty_cell():
    def inner(): return later
    c = inner.__closure__[0]
    try:
        c.cell_contents
    except ValueError as e:
        print("ValueError", e)
    later = 5
    return c.cell_contents
print(empty_cell())
import types
cell = types.CellType(); cell.cell_contents = 3; print(cell.cell_contents); del cell.cell_contents
try:
    cell.cell_contents
except ValueError as e:
    print("ValueError", e)
