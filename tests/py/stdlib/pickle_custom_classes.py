# pickle round trips of user classes at every protocol: __reduce__/__reduce_ex__, __getstate__/
# __setstate__, __getnewargs__, slots, nested containers with shared references and cycles,
# builtin-subclass instances, and errors for unpicklable objects.
import pickle
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return type(o) is Point and (self.x, self.y) == (o.x, o.y)
    def __repr__(self):
        return f'Point({self.x}, {self.y})'
class Cached:
    def __init__(self, v):
        self.v = v
        self.cache = {'big': list(range(5))}
    def __getstate__(self):
        return {'v': self.v}
    def __setstate__(self, st):
        self.v = st['v']
        self.cache = 'rebuilt'
class Fixed(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def __getnewargs__(self):
        return tuple(self)
class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self, a, b):
        self.a, self.b = a, b
class Slotted2(Slotted):
    __slots__ = ()
    def __getstate__(self):
        return (None, {'a': self.a, 'b': self.b})
class Reduced:
    def __init__(self, n):
        self.n = n
    def __reduce__(self):
        return (Reduced, (self.n * 2,))
class Tagged(list):
    pass
import sys
# pickle finds classes by module and name; make sure sys.modules['__main__'] has them even when
# this code runs in a namespace other than the real __main__ module (as the corpus oracle does).
for _cls in (Point, Cached, Fixed, Slotted, Slotted2, Reduced, Tagged):
    setattr(sys.modules['__main__'], _cls.__name__, _cls)
shared = [1, 2]
tg = Tagged([1, 2]); tg.tag = 't'
obj = {'p': Point(1, 2), 'pts': [Point(i, -i) for i in range(3)], 's1': shared, 's2': shared, 'c': Cached(7), 'f': Fixed(3, 4),
       'sl': Slotted('A', 'B'), 'r': Reduced(5), 'tg': tg, 'set': {1, 2}, 'fs': frozenset('ab'), 'bytes': b'\x00\xff', 'big': 2**100, 'cplx': 1 + 2j}
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    o = dict(obj, sl=obj['sl'] if proto >= 2 else Slotted2('A', 'B'))
    data = pickle.dumps(o, protocol=proto)
    back = pickle.loads(data)
    print(proto, back['p'], back['pts'], back['s1'] is back['s2'], back['c'].v, back['c'].cache, back['f'], type(back['f']).__name__,
          back['sl'].a + back['sl'].b, back['r'].n, back['tg'], back['tg'].tag, type(back['tg']).__name__, sorted(back['set']), back['fs'] == frozenset('ab'), back['bytes'], back['big'], back['cplx'])
cyc = [1]; cyc.append(cyc)
d = {}; d['self'] = d
b1, b2 = pickle.loads(pickle.dumps((cyc, d)))
print(b1[1] is b1, b2['self'] is b2)
for bad in [lambda: 1, (x for x in []), open]:
    try:
        pickle.dumps(bad)
    except (pickle.PicklingError, TypeError, AttributeError) as e:
        print(type(e).__name__)
print(pickle.loads(pickle.dumps(Point)) is Point, pickle.loads(pickle.dumps(len)) is len, pickle.dumps(None, 0), pickle.dumps(True, 2))
try:
    pickle.dumps(Slotted(1, 2), protocol=1)
except TypeError as e:
    print('TypeError', e)
