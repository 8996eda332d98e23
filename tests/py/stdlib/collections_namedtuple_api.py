# namedtuple: _make, _replace, _asdict, _fields, _field_defaults, defaults, rename, module,
# subclassing with methods, unpacking, errors for bad field names.
from collections import namedtuple
P = namedtuple('P', 'x y z', defaults=[0])
p = P(1, 2)
print(p, p._asdict(), p._replace(y=5), P._make([7, 8, 9]), P._fields, P._field_defaults)
x, y, z = p; print(x + y + z, p[1], p.index(2), p.count(1), len(p), p == (1, 2, 0))
try: p._replace(w=1)
except ValueError as e: print(e)
try: P(1, 2, 3, 4)
except TypeError as e: print(e)
try: P._make([1])
except TypeError as e: print(e)
R = namedtuple('R', ['def', 'ok', 'ok', '_x'], rename=True); print(R._fields)
for bad in [('Bad', 'a a'), ('Bad', 'a _b'), ('1x', 'a'), ('Bad', 'class')]:
    try: namedtuple(*bad)
    except ValueError as e: print(e)
class Pt(namedtuple('Pt', 'x y')):
    __slots__ = ()
    def norm(self): return abs(self.x) + abs(self.y)
    def __str__(self): return f'<{self.x},{self.y}>'
q = Pt(3, -4); print(q, repr(q), q.norm(), q._replace(x=0).norm(), isinstance(q, tuple))
print(P.x.__doc__, P.__doc__, namedtuple('M', 'a', module='mymod').__module__)
print(sorted({P(1, 2): 'a', P(1, 2, 0): 'b'}.items()))
