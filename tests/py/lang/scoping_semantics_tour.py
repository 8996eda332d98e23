# Scoping (class bodies, closures, comprehensions), assignment order, slicing assignment,
# operators and precedence, argument passing, finally/with flow and introspection names.
class I(int): pass
print(type(I.from_bytes(b'\x01', 'big')).__name__, type(I(3).conjugate()).__name__, type(+I(3)).__name__, I(3).real.__class__.__name__)
x = 10
class K:
    x = 20
    y = [x for _ in range(2)]
    z = (lambda: x)()
    def m(self): return x
print(K.y, K.z, K().m())
def outer():
    v = 1
    def inner():
        nonlocal v
        v += 1
        return v
    return inner
f = outer(); print(f(), f(), f.__closure__[0].cell_contents, f.__code__.co_freevars)
fs = [lambda: i for i in range(3)]; print([g() for g in fs])
fs = [lambda i=i: i for i in range(3)]; print([g() for g in fs])
def gen_scope():
    y = 5
    return list(y * k for k in range(3))
print(gen_scope())
a = [1, 2, 3]; a[1:2] = []; print(a); a[::2] = ['x']; print(a)
b = list(range(10)); del b[::3]; print(b); b[2:5] = 'ab'; print(b)
i = 0; lst = [10, 20, 30]
i, lst[i] = 1, 99; print(i, lst)
d = {}; d['a'] = d.get('a', 0) + 1; print(d)
x, *y, z = 'abcde'; print(x, y, z); (p, q), r = 'ab', 'c'; print(p, q, r)
print([*range(3), *'ab'], {**{'a': 1}, **{'a': 2}}, {*[1, 2], *(2, 3)})
print(1 < 2 < 3 > 1, 1 < 3 < 2, (1 < 2) < 3, 'a' < 'b' < 'c', 1 == 1.0 == True)
print(not 1 == 2, -2 ** 2, (-2) ** 2, 2 ** 3 ** 2, 7 // -2, -7 % 3, 5 & 3 | 4 ^ 1, ~5 << 2, 1 if 0 else 2 if 0 else 3)
print([x for x in range(10) if x % 2 if x % 3], [(x, y) for x in range(3) for y in range(x)], {x: y for x, y in zip('ab', 'cd')})
print(any([]), sum(x for x in []), [y := 5, y * 2], (z := 3) + z)
def kw(*, a=1, **rest): return a, rest
print(kw(**{'a': 2, 'b': 3}), kw(b=1))
def defaults(a, b=[]): b.append(a); return b
print(defaults(1), defaults(2), defaults(3, []))
def va(*args, **kwargs): return args, kwargs
print(va(*[1, 2], *(3,), x=1, **{'y': 2}))
try:
    va(x=1, **{'x': 2})
except TypeError as e: print(e)
print(type(lambda: 0).__name__, (lambda *a, **k: (a, k))(1, b=2), (lambda x, /, y: x + y)(1, y=2))
g = (i * i for i in range(4)); print(next(g), list(g), list(g))
it = iter([1, 2, 3]); print(list(zip(it, it)), list(it))
while_else = []
for n in range(2, 10):
    for dv in range(2, n):
        if n % dv == 0: break
    else: while_else.append(n)
print(while_else)
try:
    pass
finally:
    print('finally always')
def ret_finally():
    try: return 'try'
    finally: print('in finally')
print(ret_finally())
def override():
    try: return 1
    finally: return 2
print(override())
def loop_finally():
    out = []
    for i in range(3):
        try:
            if i == 1: continue
            out.append(i)
        finally:
            out.append('f')
    return out
print(loop_finally())
class Ctx:
    def __enter__(self): print('enter'); return 'val'
    def __exit__(self, *a): print('exit', a[0].__name__ if a[0] else None); return True
with Ctx() as v, Ctx() as w:
    print(v, w); raise KeyError
print('after suppress')
print(__name__, __doc__, type(__builtins__).__name__ in ('module', 'dict'), __debug__)
assert True, 'never'
try: assert 1 == 2, f'msg {1}'
except AssertionError as e: print('AssertionError', e)
del x
try: x
except NameError as e: print(e)
print(globals()['K'].__name__, 'f' in dir(), sorted(locals().keys())[:3])
print(isinstance(K.m, type(outer)), K.m.__qualname__, K().m.__self__.__class__.__name__, K.__dict__['m'].__name__, outer.__code__.co_varnames, f.__name__, f.__qualname__)
