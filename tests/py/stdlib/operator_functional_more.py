# operator module in functional code: itemgetter/attrgetter chains for sorting records, reduce
# with operator functions, in-place operators on mutable and immutable values, methodcaller.
import operator as op
from functools import reduce
from collections import namedtuple
Emp = namedtuple('Emp', 'name dept salary age')
staff = [Emp('ann', 'eng', 120, 34), Emp('bob', 'ops', 90, 45), Emp('cy', 'eng', 120, 29), Emp('di', 'ops', 95, 38), Emp('ed', 'hr', 70, 50)]
print([e.name for e in sorted(staff, key=op.attrgetter('dept', 'salary'))])
print([e.name for e in sorted(staff, key=op.itemgetter(2, 3), reverse=True)])
print(list(map(op.attrgetter('name'), staff)), op.itemgetter(0, -1)(staff)[1].name, op.attrgetter('name.upper')(staff[0])())
print(reduce(op.add, map(op.attrgetter('salary'), staff)), reduce(op.mul, range(1, 8)), reduce(op.or_, [1, 2, 4, 8]), reduce(op.xor, [5, 3, 6]))
print(list(map(op.methodcaller('upper'), ['a', 'b'])), op.methodcaller('replace', 'a', 'o', 1)('banana'), list(map(op.neg, [1, -2])), list(map(op.pow, [2, 3], [3, 2])))
l = [1, 2]; l2 = op.iadd(l, [3]); print(l, l2 is l); t = (1,); t2 = op.iadd(t, (2,)); print(t, t2)
s = 'ab'; print(op.imul(s, 2), op.iconcat([0], [1]), op.isub(5, 3), op.ifloordiv(7, 2), op.imod(7, 3), op.ipow(2, 5), op.iand(6, 3), op.ixor(6, 3), op.irshift(16, 2))
d = {'a': 1}; op.setitem(d, 'b', 2); op.delitem(d, 'a'); print(d, op.getitem(d, 'b'), op.contains(d, 'b'), op.not_(d), op.is_(None, None), op.eq(1, 1.0), op.lt('a', 'b'))
print(op.abs(-3), op.pos(-3), op.inv(5), op.invert(5), op.lshift(1, 10), op.truediv(7, 2), op.floordiv(-7, 2), op.mod(-7, 2), op.and_(12, 10), op.index(True), op.concat('a', 'b'))
class Rec:
    def __init__(self, **kw):
        self.__dict__.update(kw)
recs = [Rec(a=Rec(b=3)), Rec(a=Rec(b=1)), Rec(a=Rec(b=2))]
print([r.a.b for r in sorted(recs, key=op.attrgetter('a.b'))])
inventory = [('apple', 3), ('banana', 2), ('pear', 5), ('orange', 1)]
print(sorted(inventory, key=op.itemgetter(1)), max(inventory, key=op.itemgetter(1)), dict(map(op.itemgetter(0, 1), inventory)))
try:
    op.itemgetter()
except TypeError as e:
    print('TypeError', e)
try:
    op.attrgetter(1)
except TypeError as e:
    print('TypeError', e)
