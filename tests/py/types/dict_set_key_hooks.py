# Keys with Python __hash__/__eq__ in dicts and sets: collisions, errors, mutation inside __eq__;
# set/frozenset constructors, errors, relations and subclasses.
def run(name, f):
    try:
        print(name, f())
    except Exception as e:
        print(name, type(e).__name__ + ":", e)

class K:
    def __init__(self, v, h=None):
        self.v = v
        self.h = v if h is None else h
    def __hash__(self):
        return self.h
    def __eq__(self, o):
        return isinstance(o, K) and self.v == o.v
    def __repr__(self):
        return "K(%r)" % (self.v,)

run("collide", lambda: {K(1, 5): 'a', K(2, 5): 'b', K(1, 5): 'c'})
run("collide_set", lambda: {K(1, 5), K(2, 5), K(1, 5), K(3, 5)})

class Bad:
    def __hash__(self):
        raise ValueError("no hash")
run("badhash_set", lambda: {Bad()})
run("badhash_dict", lambda: {Bad(): 1})
run("badhash_get", lambda: {}.get(Bad()))
run("badhash_in", lambda: Bad() in {1})

class BadEq:
    def __hash__(self):
        return 1
    def __eq__(self, o):
        raise TypeError("eq boom")
run("badeq", lambda: {1: 0, BadEq(): 1})
run("badeq_set", lambda: {True, BadEq()})
run("badeq_in", lambda: BadEq() in {1: 0})

class Mut:
    def __init__(self, d, v):
        self.d, self.v = d, v
    def __hash__(self):
        return 7
    def __eq__(self, o):
        if self.d is not None:
            d, self.d = self.d, None
            d.clear()
        return False
d = {}
d[Mut(None, 1)] = 1
m = Mut(d, 2)
run("mut_eq", lambda: (d.__setitem__(m, 2), len(d), list(d.values())))

s = set()
class MutS:
    def __hash__(self):
        return 7
    def __eq__(self, o):
        s.clear()
        return False
s.add(MutS())
run("mut_eq_set", lambda: (s.add(MutS()), len(s)))

class HashInt(int):
    pass
run("intsub", lambda: {HashInt(5): 1, 5: 2})

run("unhashable_set", lambda: {[1]})
run("unhashable_set2", lambda: set([[1]]))
run("unhashable_dict", lambda: dict([([1], 2)]))
run("set_in_set", lambda: {1, 2} in {frozenset({1, 2})})
run("set_remove", lambda: {frozenset({1})}.remove({1}) )
run("set_discard", lambda: {frozenset({1})}.discard({1}))
run("set_remove_missing", lambda: set().remove({1}))
run("set_remove_missing2", lambda: set().remove(5))
run("set_remove_list", lambda: set().remove([5]))
run("pop_empty", lambda: set().pop())
run("set_kw", lambda: set(a=1))
run("set_2", lambda: set(1, 2))
run("frozenset_2", lambda: frozenset(1, 2))
run("set_int", lambda: set(5))
run("fz_same", lambda: (lambda f: frozenset(f) is f)(frozenset({1})))
run("fz_copy", lambda: (lambda f: f.copy() is f)(frozenset({1})))
run("set_copy", lambda: (lambda f: f.copy() is f)({1}))
run("reprs", lambda: (set(), frozenset(), {1}, frozenset({1, 2}), frozenset([frozenset([1])])))
run("hashes", lambda: [hash(frozenset()), hash(frozenset({1})), hash(frozenset({1, 2, 3})), hash(frozenset({-1})), hash(frozenset({(1, 2), 3.5}))])
run("hash_set", lambda: hash({1}))
run("cmp", lambda: ({1} == frozenset({1}), {1} < {1, 2}, {1, 2} > {1}, {1} <= {1}, {1} >= {2}, {1} == [1], {1} != [1]))
run("cmp_err", lambda: {1} < [1])
run("ops_err", lambda: {1} | [1])
run("ops_err2", lambda: [1] & {1})
run("ops_err3", lambda: {1} - (1,))
run("iops", lambda: (lambda s: (s.__ior__([1]), s))({2}))
def iop():
    s = {1}
    s |= [2]
run("iop_err", iop)
def fziop():
    f = frozenset({1})
    g = f
    f |= {2}
    return f, g, f is g
run("fziop", fziop)
run("types", lambda: (type({1} | frozenset({2})), type(frozenset({2}) | {1}), type(frozenset({1}).union([2])), type(frozenset({1}) - {1})))
class S(set):
    pass
class F(frozenset):
    pass
run("sub_ops", lambda: (type(S([1]) | {2}), type({2} | S([1])), type(S([1]).copy()), type(F([1]).copy()), S([1]) == {1}, F([1]) == frozenset([1])))
run("sub_len", lambda: (len(S([1, 2])), 1 in S([1]), sorted(S([3, 1, 2])), list(F([5]))))
run("sub_hash", lambda: hash(F([1, 2])) == hash(frozenset([1, 2])))
run("sub_in", lambda: S([1]) in {frozenset([1])})
run("methods_multi", lambda: ({1, 2, 3}.union(), {1, 2, 3}.intersection(), {1, 2, 3}.difference(), {1}.union([2], (3,), {4: 0})))
run("isdisjoint", lambda: ({1}.isdisjoint({2}), {1}.isdisjoint([1]), {1}.isdisjoint(x for x in [3])))
run("issub", lambda: ({1}.issubset([1, 2]), {1, 3}.issubset(range(3)), {1, 2}.issuperset([1]), {1}.issuperset([1, 2])))
run("iter_hint", lambda: (lambda it: (next(it), it.__length_hint__()))(iter({1, 2, 3})))
run("nested_repr", lambda: {1: {2: {3: [4, (5, {6})]}}})
class R:
    def __repr__(self):
        return repr(s2)
s2 = set()
s2.add(R())
run("set_rec", lambda: repr(s2))
