# copy: shallow vs deep, memo sharing, cycles, __copy__/__deepcopy__, __reduce_ex__,
# __getstate__/__setstate__, copying classes/functions (atomic), slots objects.
import copy
class Node:
    def __init__(self, v, children=None):
        self.v = v
        self.children = children or []
    def __repr__(self):
        return f'Node({self.v}, {self.children})'
tree = Node(1, [Node(2), Node(3, [Node(4)])])
sh = copy.copy(tree); dp = copy.deepcopy(tree)
tree.children[0].v = 20
print(sh.children[0].v, dp.children[0].v, sh.children is tree.children, dp.children is tree.children)
shared = [1, 2]
pair = [shared, shared]
dpair = copy.deepcopy(pair)
print(dpair[0] is dpair[1], dpair[0] is shared)
cyc = [1]; cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc is not cyc, repr(dc))
d = {'a': [1], 'b': {'c': (1, [2])}}
dd = copy.deepcopy(d); dd['b']['c'][1].append(3)
print(d, dd)
t = (1, 2, 3)
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1] is not None)
class Custom:
    def __init__(self, x):
        self.x = x
        self.log = []
    def __copy__(self):
        c = Custom(self.x)
        c.log = self.log + ['copied']
        return c
    def __deepcopy__(self, memo):
        c = Custom(copy.deepcopy(self.x, memo))
        c.log = ['deep']
        return c
c = Custom([1, 2])
print(copy.copy(c).log, copy.deepcopy(c).log, copy.copy(c).x is c.x, copy.deepcopy(c).x is c.x)
class State:
    def __init__(self):
        self.a = 1
        self.cache = 'big'
    def __getstate__(self):
        s = self.__dict__.copy()
        del s['cache']
        return s
    def __setstate__(self, s):
        self.__dict__.update(s)
        self.cache = 'rebuilt'
s2 = copy.deepcopy(State())
print(s2.a, s2.cache, copy.copy(State()).cache)
class Red:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __reduce__(self):
        return (Red, (self.a, self.b * 2))
r = copy.copy(Red(1, 2))
print(r.a, r.b)
class Sl:
    __slots__ = ('p', 'q')
    def __init__(self):
        self.p = [1]
        self.q = 2
sl = copy.deepcopy(Sl())
print(sl.p, sl.q)
def f():
    pass
print(copy.deepcopy(f) is f, copy.copy(Node) is Node, copy.deepcopy(None), copy.deepcopy(3.5), copy.copy('s'))
print(copy.copy([1, [2]])[1] is not None, copy.copy({1, 2}), copy.copy(bytearray(b'ab')), copy.deepcopy(frozenset({1})))
memo = {}
x = [1]
y = copy.deepcopy([x, x], memo)
print(y[0] is y[1], id(x) in memo)
class Sub(list):
    pass
sb = Sub([1, [2]]); sb.attr = 'A'
sc = copy.deepcopy(sb)
print(type(sc).__name__, sc, sc.attr, sc[1] is not sb[1])
class SS(set):
    pass
ss = SS({3}); ss.x = 1
for v in [frozenset({1}), {1, 2}, ss, {'k': {1, (2, 3)}}, [{4, 5}, frozenset({6})]]:
    c = copy.deepcopy(v)
    print(type(c).__name__, sorted(c) if isinstance(c, (set, frozenset)) else c, getattr(c, 'x', None))
print(set([5]).__reduce__(), frozenset().__reduce__(), SS({4}).__reduce__(), ss.__reduce__()[2])
class Sl2(Sl):
    __slots__ = ('r', '__private')
    def __init__(self):
        super().__init__()
        self.r = 'r'
        self.__private = 'hidden'
class WithDict(Sl):
    pass
wd = WithDict(); wd.extra = 'e'
print(Sl2().__getstate__(), wd.__getstate__(), Sl().__reduce_ex__(2)[2], Node(1).__getstate__(), object().__getstate__())
print(copy.deepcopy(Sl2())._Sl2__private, copy.copy(wd).extra, copy.copy(wd).p)
