# list/dict/set operator corners: in-place ops with non-lists, dict |= with pairs, set ops with frozenset subclasses.
def t(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

def iadd(a, b):
    a += b
    return a
def ior(a, b):
    a |= b
    return a
def iand(a, b):
    a &= b
    return a
def isub(a, b):
    a -= b
    return a
def ixor(a, b):
    a ^= b
    return a
def imul(a, b):
    a *= b
    return a

L = [1]
t("list += tuple", lambda: iadd([1], (2, 3)))
t("list += str", lambda: iadd([1], "ab"))
t("list += dict", lambda: iadd([1], {"k": 1, "j": 2}))
t("list += gen", lambda: iadd([1], (x * x for x in range(3))))
t("list += int", lambda: iadd([1], 5))
t("list + tuple", lambda: [1] + (2,))
t("list += self", lambda: iadd(L, L))
t("list *= 0", lambda: imul([1, 2], 0))
t("list *= -1", lambda: imul([1, 2], -1))
t("list *= True", lambda: imul([1, 2], True))
t("list *= float", lambda: imul([1, 2], 2.0))
t("tuple += list", lambda: iadd((1,), [2]))
t("tuple += tuple", lambda: iadd((1,), (2,)))
t("str += bytes", lambda: iadd("a", b"b"))
t("bytes += bytearray", lambda: iadd(b"a", bytearray(b"b")))
t("bytearray += memoryview", lambda: iadd(bytearray(b"a"), memoryview(b"bc")))
t("bytearray += list", lambda: iadd(bytearray(b"a"), [98]))
t("dict |= pairs list", lambda: ior({"a": 1}, [("b", 2), ("a", 3)]))
t("dict |= gen of pairs", lambda: ior({"a": 1}, ((k, k * 2) for k in "xy")))
t("dict |= dict", lambda: ior({"a": 1}, {"a": 0, "c": 9}))
t("dict | pairs list", lambda: {"a": 1} | [("b", 2)])
t("dict |= bad", lambda: ior({}, [1, 2]))
t("dict |= str pairs", lambda: ior({}, ["ab", "cd"]))
t("dict |= triples", lambda: ior({}, [(1, 2, 3)]))
t("dict | None", lambda: {} | None)
t("dict |= None", lambda: ior({}, None))
from collections import OrderedDict, defaultdict, Counter, ChainMap
t("OrderedDict | dict", lambda: OrderedDict(a=1) | {"b": 2})
t("dict | OrderedDict", lambda: {"b": 2} | OrderedDict(a=1))
t("defaultdict | dict", lambda: defaultdict(int, a=1) | {"b": 2})
t("Counter | Counter", lambda: Counter("aab") | Counter("bbc"))
t("Counter += ", lambda: sorted(iadd(Counter("ab"), Counter("bcc")).items()))
t("Counter -=", lambda: sorted(isub(Counter("aab"), Counter("abb")).items()))
t("ChainMap |", lambda: dict(ChainMap({"a": 1}) | {"b": 2}))
t("set |= list", lambda: ior({1}, [2]))
t("set | list", lambda: {1} | [2])
t("set |= frozenset", lambda: ior({1}, frozenset([2])))
t("set -= dict keys", lambda: isub({1, 2, 3}, {1: 0, 3: 0}.keys()))
t("set &= self", lambda: (lambda s: iand(s, s))({1, 2}))
t("set ^= self", lambda: (lambda s: ixor(s, s))({1, 2}))
t("set -= self", lambda: (lambda s: isub(s, s))({1, 2}))
t("frozenset |= set", lambda: sorted(ior(frozenset([1]), {2})))
class FS(frozenset):
    def __repr__(self): return "FS(" + repr(sorted(self)) + ")"
class S(set):
    pass
a, b = FS([1, 2, 3]), FS([2, 3, 4])
for name, r in [("FS|FS", a | b), ("FS&FS", a & b), ("FS-FS", a - b), ("FS^FS", a ^ b), ("FS|set", a | {9}),
                ("set|FS", {9} | a), ("frozenset|FS", frozenset([9]) | a), ("FS.union", a.union([7])),
                ("FS.copy", a.copy()), ("S|S", S([1]) | S([2])), ("S.copy", S([1]).copy()), ("set&FS", {2, 7} & a)]:
    print(name, type(r).__name__, sorted(r))
print(a == frozenset([1, 2, 3]), a == {1, 2, 3}, hash(a) == hash(frozenset([1, 2, 3])), a <= {1, 2, 3, 4}, a < a, {1} < a)
t("set < list", lambda: {1} < [1, 2])
t("set | tuple", lambda: {1} | (2,))
t("set.union tuple", lambda: sorted({1}.union((2,), [3], "4"), key=str))
t("set.intersection many", lambda: {1, 2, 3}.intersection([1, 2], (2, 3)))
t("set.difference_update", lambda: (lambda s: (s.difference_update([1], {2}), s)[1])({1, 2, 3}))
t("set.symmetric_difference_update", lambda: (lambda s: (s.symmetric_difference_update([3, 4, 4]), s)[1])({1, 2, 3}))
t("set.issubset list", lambda: {1}.issubset([1, 2]))
t("set.isdisjoint gen", lambda: {1}.isdisjoint(x for x in [2, 3]))
t("dict.keys & list", lambda: sorted({1: 0, 2: 0}.keys() & [2, 3]))
t("dict.keys | set", lambda: sorted({1: 0}.keys() | {5}))
t("dict.keys ^ keys", lambda: sorted({1: 0, 2: 0}.keys() ^ {2: 1, 3: 1}.keys()))
t("dict.items & set", lambda: {1: 2}.items() & {(1, 2), (3, 4)})
t("dict.items - list", lambda: sorted({1: 2, 3: 4}.items() - [(1, 2)]))
t("dict.values ==", lambda: {1: 2}.values() == {1: 2}.values())
t("keys < set", lambda: {1: 0}.keys() < {1, 2})
t("keys unhashable", lambda: {1: 0}.items() | [([], 1)])
t("list == tuple", lambda: [1] == (1,))
t("list < tuple", lambda: [1] < (1,))
t("list.extend self", lambda: (lambda x: (x.extend(x), x)[1])([1, 2]))
t("list slice += ", lambda: (lambda x: (x.__setitem__(slice(0, 0), x), x)[1])([1, 2]))
class MyList(list):
    def __iadd__(self, other):
        return "custom iadd"
t("MyList +=", lambda: iadd(MyList([1]), [2]))
t("MyList +", lambda: type(MyList([1]) + [2]).__name__)
t("MyList *", lambda: type(MyList([1]) * 2).__name__)
class RAdd:
    def __radd__(self, other): return ("radd", other)
    def __ror__(self, other): return ("ror", type(other).__name__)
t("list + RAdd", lambda: [1] + RAdd())
t("list += RAdd", lambda: iadd([1], RAdd()))
t("dict | RAdd", lambda: {} | RAdd())
t("set | RAdd", lambda: {1} | RAdd())
t("set |= RAdd", lambda: ior({1}, RAdd()))
