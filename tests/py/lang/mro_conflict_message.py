# Regression: the MRO conflict error names the current head of every unmerged sequence (each
# once, in merge order), not simply the bases as written.
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
class E(C, B): pass
cases = [('AB', (A, B)), ('DE', (D, E)), ('BCA_then_CB', (B, C)), ('obj_first', (object, A)), ('E_D', (E, D))]
for name, bases in cases:
    try:
        t = type(name, bases, {})
        print(name, [k.__name__ for k in t.__mro__])
    except TypeError as e:
        print(name, 'TypeError:', str(e).replace('\n', ' '))
X = type('X', (), {}); Y = type('Y', (X,), {}); Z = type('Z', (X,), {})
for bases in [(X, Y), (Y, X), (Y, Z, X), (X, Y, Z), (Z, Y), (int, bool) if False else (Y, Z)]:
    try:
        print([k.__name__ for k in type('T', bases, {}).__mro__])
    except TypeError as e:
        print('TypeError:', str(e).replace('\n', ' '))
try:
    class Dup(A, A): pass
except TypeError as e:
    print(e)
