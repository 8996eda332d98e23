# operator.attrgetter/itemgetter/methodcaller corners: dotted and multiple attrs, slices/dict keys, kwargs, reprs, errors, pickling, use as sort keys.
import operator, pickle, types
from operator import attrgetter, itemgetter, methodcaller

ns = types.SimpleNamespace(a=1, b=types.SimpleNamespace(c=types.SimpleNamespace(d="deep")), name="ns")
print(attrgetter("a")(ns), attrgetter("b.c.d")(ns), attrgetter("a", "b.c.d", "name")(ns), attrgetter("a", "a")(ns))
print(repr(attrgetter("a")), repr(attrgetter("b.c.d", "a")), repr(itemgetter(1)), repr(itemgetter(slice(1, 3), "k")),
      repr(methodcaller("split", ",", maxsplit=1)), repr(methodcaller("upper")))
for bad in [lambda: attrgetter("missing")(ns), lambda: attrgetter("b.zz")(ns), lambda: attrgetter(1),
            lambda: attrgetter(), lambda: itemgetter(), lambda: methodcaller(), lambda: methodcaller(1)]:
    try:
        bad()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
print(itemgetter(0)("abc"), itemgetter(-1)([1, 2, 3]), itemgetter(slice(None, None, -1))("abc"), itemgetter("k", "j")({"k": 1, "j": 2}))
print(itemgetter(1, 0)((10, 20)), itemgetter(slice(1, 3))(range(10)), itemgetter(0)(iter.__class__ if False else (9,)))
for bad in [lambda: itemgetter(5)([1]), lambda: itemgetter("x")({}), lambda: itemgetter(0)(5), lambda: itemgetter(1)({})]:
    try:
        bad()
    except (IndexError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
print(methodcaller("split", ",", maxsplit=1)("a,b,c"), methodcaller("get", "z", 0)({}), methodcaller("format", x=5)("{x}!"))
mc = methodcaller("replace", "a", "o")
print(mc("banana"), mc("aaa"), methodcaller("__len__")([1, 2]))
try:
    methodcaller("nosuch")(1)
except AttributeError as e:
    print("AttributeError", e)
try:
    methodcaller("upper", 1)("x")
except TypeError as e:
    print("TypeError", e)

people = [("ann", 31, "nyc"), ("bob", 25, "sf"), ("cid", 31, "la"), ("dee", 25, "nyc")]
print(sorted(people, key=itemgetter(1, 0)), sorted(people, key=itemgetter(2), reverse=True)[:2])
recs = [types.SimpleNamespace(n=n, s=types.SimpleNamespace(v=v)) for n, v in [("x", 3), ("y", 1), ("z", 2)]]
print([r.n for r in sorted(recs, key=attrgetter("s.v"))], max(recs, key=attrgetter("s.v")).n)
print(list(map(methodcaller("strip", "*"), ["*a*", "**b", "c*"])), list(map(itemgetter(0), ["xy", "zw"])))
for obj in (attrgetter("a", "b.c"), itemgetter(2, "k"), methodcaller("m", 1, key=2), attrgetter("real")):
    back = pickle.loads(pickle.dumps(obj))
    print(repr(back) == repr(obj), type(back).__name__)
print(attrgetter("real")(3 + 4j), attrgetter("imag", "real")(3 + 4j), itemgetter(0)([[1]]))
print(operator.index(7), operator.length_hint([1, 2]), operator.length_hint(iter(range(5))), operator.length_hint(object(), 9))
print(operator.concat([1], [2]), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"), operator.is_(None, None), operator.is_not(1, None))
d = {"a": 1}
operator.setitem(d, "b", 2); operator.delitem(d, "a")
print(d, operator.getitem(d, "b"), operator.contains(d, "b"), operator.truth([]), operator.not_(0))
print(operator.iadd([1], [2]), operator.iconcat("a", "b"), operator.ipow(2, 5), operator.imatmul.__name__, operator.call(len, "abc") if hasattr(operator, "call") else 3)
try:
    operator.concat(1, 2)
except TypeError as e:
    print("TypeError", e)
# functools.partial round-trips through pickle (its __reduce__ state goes back in through __setstate__)
import functools
p = functools.partial(max, 1, key=abs)
p.note = "attr"
q = pickle.loads(pickle.dumps(p))
print(q.func is max, q.args, q.keywords == {"key": abs}, q.note, q(-5, 3), repr(q) == repr(p))
q.__setstate__((min, (4,), None, None))
print(q.func is min, q.args, q.keywords, q(9))
for bad in [(min,), (1, (), {}, None), (min, [], {}, None), (min, (), [], None)]:
    try:
        q.__setstate__(bad)
    except TypeError as e:
        print("TypeError", e)
