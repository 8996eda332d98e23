# operator (itemgetter/attrgetter/methodcaller, the function forms, in-place forms, index,
# length_hint) and sorting stability with keys, reverse, multiple passes, and cmp_to_key.
import operator as op, functools
recs = [('bob', 30, 'b'), ('amy', 25, 'a'), ('cat', 30, 'c'), ('dan', 25, 'd'), ('eve', 35, 'e')]
print(sorted(recs, key=op.itemgetter(1)), sorted(recs, key=op.itemgetter(1, 0), reverse=True))
s = sorted(recs, key=op.itemgetter(0), reverse=True); s = sorted(s, key=op.itemgetter(1)); print(s)
class O:
    def __init__(self, n, a): self.n, self.a = n, a; self.sub = self
    def __repr__(self): return self.n
    def greet(self, x, y='!'): return self.n + x + y
objs = [O('x', 3), O('y', 1), O('z', 3), O('w', 1)]
print(sorted(objs, key=op.attrgetter('a')), sorted(objs, key=op.attrgetter('a', 'n')), op.attrgetter('sub.sub.n')(objs[0]))
print(op.methodcaller('greet', '?')(objs[0]), op.methodcaller('greet', 'a', y='b')(objs[1]), op.itemgetter(slice(1, 3))('abcd'))
print(op.add(1, 2), op.sub(5, 3), op.mul('a', 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10), op.neg(3), op.pos(-3), op.abs(-4))
print(op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.invert(5), op.lshift(1, 4), op.rshift(32, 2), op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None))
print(op.eq(1, 1.0), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt(1, 2), op.ge(3, 2), op.contains([1, 2], 2), op.countOf([1, 1, 2], 1), op.indexOf('abc', 'c'))
l = [1, 2, 3]; op.setitem(l, 0, 9); op.delitem(l, 1); print(l, op.getitem(l, -1), op.concat([1], [2]), op.index(7), op.length_hint(iter(range(5))), op.length_hint(object(), 42))
x = [1]; y = op.iadd(x, [2]); print(x, y is x, op.iconcat([0], [1]), op.imul([1], 2), op.ipow(2, 3), op.matmul.__name__)
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=functools.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
data = [(i % 3, i) for i in range(12)]
print(sorted(data, key=lambda t: t[0]) == [t for k in range(3) for t in data if t[0] == k], sorted(data, key=lambda t: -t[0])[:4])
nums = [3.0, 1, 2.5, True, -1, 0.0, False]
print(sorted(nums), sorted(nums, reverse=True), min(nums), max(nums, key=abs), sorted('hello'), sorted({3: 'a', 1: 'b'}))
try: sorted([1, 'a'])
except TypeError as e: print(e)
L = [5, 1, 4]; L.sort(key=None, reverse=True); print(L, sorted([], key=len), sorted([[3], [1, 2], []], key=len))
