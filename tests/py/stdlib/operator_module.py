# The _operator module behind operator.py: functions with CPython's errors, length_hint,
# _compare_digest, and itemgetter/attrgetter/methodcaller (calls, reprs, __reduce__, copy).
import operator, _operator
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: operator.index(1.5)); t(lambda: operator.index(True)); t(lambda: operator.index(2**70)); t(lambda: operator.index('a'))
t(lambda: operator.index(1,2)); t(lambda: operator.index()); t(lambda: operator.add(1)); t(lambda: operator.add(1, b=2)); t(lambda: operator.not_(1,2)); t(lambda: operator.index(x=1))
t(lambda: operator.length_hint()); t(lambda: operator.length_hint(1,2,3)); t(lambda: operator.length_hint([], 'a')); t(lambda: operator.length_hint(iter([1,2])))
t(lambda: operator.length_hint([1,2,3])); t(lambda: operator.length_hint(iter(range(10)))); t(lambda: operator.length_hint(5, 7)); t(lambda: operator.length_hint(5, 2**70))
t(lambda: operator.countOf(1, 1)); t(lambda: operator.indexOf([1], 2)); t(lambda: operator.concat(1, 2)); t(lambda: operator.concat([1], (2,))); t(lambda: operator.concat({}, {}))
t(lambda: operator.concat('a', 'b')); t(lambda: operator.concat('a', 1)); t(lambda: operator.concat(b'a', b'b')); t(lambda: operator.concat((1,), (2,)))
t(lambda: operator.iconcat([1], [2])); t(lambda: operator.iconcat(1, [2]))
t(lambda: operator.call()); t(lambda: operator.call(len, [1])); t(lambda: operator.call(dict, a=1)); t(lambda: operator.pow(2, 3, 4)); t(lambda: operator.pow(2, 10))
t(lambda: _operator._compare_digest('a', b'a')); t(lambda: _operator._compare_digest('é', 'é')); t(lambda: _operator._compare_digest(1, 1))
t(lambda: _operator._compare_digest('abc', 'abc')); t(lambda: _operator._compare_digest('abc', 'abd')); t(lambda: _operator._compare_digest(b'abc', bytearray(b'abc'))); t(lambda: _operator._compare_digest(b'ab', b'abc'))
t(lambda: operator.itemgetter()); t(lambda: operator.itemgetter(1)(1,2)); t(lambda: operator.itemgetter(1)(x=1)); t(lambda: operator.attrgetter(1)); t(lambda: operator.methodcaller()); t(lambda: operator.methodcaller(1))
t(lambda: operator.methodcaller('a', 1, k=2)); t(lambda: operator.attrgetter('a.b', 'c')); t(lambda: operator.itemgetter('a', 1)); t(lambda: operator.itemgetter(1).__reduce__())
t(lambda: operator.attrgetter('a.b', 'c').__reduce__()); t(lambda: operator.methodcaller('a', 1, k=2).__reduce__()); t(lambda: operator.methodcaller('a', 1).__reduce__())
t(lambda: type(operator.itemgetter(1))); t(lambda: operator.attrgetter('a..b')); t(lambda: operator.attrgetter('.a')('x'))
t(lambda: operator.methodcaller(name='a')); t(lambda: operator.abs('x')); t(lambda: operator.inv('x')); t(lambda: operator.neg('x')); t(lambda: operator.pos('x'))
t(lambda: operator.is_(1)); t(lambda: operator.length_hint(object(), -1)); 
class C:
  def __length_hint__(self): return 'x'
t(lambda: operator.length_hint(C())); 
class D:
  def __length_hint__(self): return -1
t(lambda: operator.length_hint(D()))
class E:
  def __length_hint__(self): return NotImplemented
t(lambda: operator.length_hint(E(), 4))
class F:
  def __len__(self): raise ValueError('no')
t(lambda: operator.length_hint(F(), 4))
t(lambda: operator.countOf([1, 1.0, True, 2], 1)); t(lambda: operator.indexOf(5, 1)); t(lambda: operator.indexOf('abc', 'c'))
t(lambda: operator.setitem([1], 5, 0)); t(lambda: operator.delitem({}, 1))
t(lambda: operator.itemgetter.__name__); t(lambda: operator.itemgetter.__module__); t(lambda: operator.add.__name__)
print(operator.itemgetter(0, 2)('abc'), operator.itemgetter(slice(1, None))([1, 2, 3]), operator.attrgetter('real', 'imag')(3))
class P:
    def __init__(s): s.x = P2()
class P2:
    y = 5
    def m(s, a, b=1): return (a, b)
print(operator.attrgetter('x.y')(P()), operator.methodcaller('m', 1, b=3)(P2()), operator.methodcaller('m', 7)(P2()))
print(sorted([(1, 'b'), (0, 'c'), (2, 'a')], key=operator.itemgetter(1)))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq('a', 'a'), operator.ne(1, 1), operator.ge(1, 2), operator.gt(3, 2))
print(operator.add(1, 2), operator.sub(1, 2), operator.mul('a', 3), operator.truediv(1, 4), operator.floordiv(7, 2), operator.mod(7, 3))
print(operator.lshift(1, 5), operator.rshift(64, 2), operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.neg(5), operator.pos(-2), operator.inv(5), operator.invert(0))
print(operator.not_([]), operator.truth([1]), operator.is_(None, None), operator.is_not(None, 1), operator.abs(-2.5), operator.abs(-7), operator.index(7))
print(operator.contains([1, 2], 2), operator.getitem({'a': 1}, 'a'))
l = [1]; print(operator.iadd(l, [2]) is l, l, operator.imul([1], 2), operator.isub(5, 1), operator.ipow(2, 3), operator.itruediv(1, 2), operator.ifloordiv(9, 2))
print(operator.imod(9, 4), operator.ilshift(1, 2), operator.irshift(8, 1), operator.iand(7, 1), operator.ior(1, 2), operator.ixor(3, 1))
print(operator.__lt__ is operator.lt, operator.__add__(2, 3), operator.__doc__[:20])
t(lambda: operator.matmul(1, 2)); t(lambda: operator.truediv(1, 0)); t(lambda: operator.getitem([], 3)); t(lambda: operator.lt(1, 'a'))
import pickle, copy
t(lambda: copy.copy(operator.itemgetter(1))); t(lambda: copy.copy(operator.attrgetter('a.b'))); 
t(lambda: copy.deepcopy(operator.methodcaller('m', 1, b=2)))
try:
    class X(operator.itemgetter): pass
except TypeError as e: print(e)
