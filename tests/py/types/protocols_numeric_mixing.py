# Protocols and numeric mixing: __getitem__ iteration, __index__, __length_hint__, Fraction/
# Decimal/float comparisons, bytearray/bytes/memoryview methods, sorting keys, format_map.
class Seq:
    def __init__(self, n): self.n = n
    def __getitem__(self, i):
        if i >= self.n: raise IndexError(i)
        return i * i
    def __len__(self): return self.n
s = Seq(5)
print(list(s), 9 in s, 7 in s, list(reversed(s)), sorted(s, reverse=True), sum(s), max(s), list(enumerate(s))[:2], tuple(s), set(s) == {0, 1, 4, 9, 16})
class OnlyIter:
    def __iter__(self): return iter([3, 1, 2])
print(2 in OnlyIter(), sorted(OnlyIter()), list(map(str, OnlyIter())), dict.fromkeys(OnlyIter()))
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print([0, 1, 2, 3, 4][Idx(1):Idx(4):Idx(2)], 'abcdef'[Idx(-2)], range(10)[Idx(3)], bin(Idx(5)), hex(Idx(255)), [1, 2] * Idx(2), bytes(Idx(3)), int(Idx(7)) if hasattr(Idx, '__int__') else 'noint', round(3.14159, Idx(2)))
import operator
class LH:
    def __iter__(self): return iter(range(3))
    def __length_hint__(self): return 42
print(operator.length_hint(LH()), operator.length_hint([1, 2]), operator.length_hint(iter(range(7))), list(LH()))
from fractions import Fraction as F
from decimal import Decimal as D
print(F(1, 2) == 0.5, F(1, 3) < 0.34, 0.5 == F(1, 2), F(1, 2) + 0.25, type(F(1, 2) + 1).__name__, D('0.5') == F(1, 2), D('0.5') < 0.6, D(1) == 1.0, 1 == D('1.0'), hash(D('0.5')) == hash(F(1, 2)) == hash(0.5))
try: D('1.5') + 1.5
except TypeError as e: print('TypeError', str(e).split(':')[0])
try: F(1, 2) + D('1.5')
except TypeError as e: print('TypeError', str(e).split(':')[0])
print(sorted([F(1, 3), 0.3, D('0.31'), 1, True, 0]), max(1, 1.0), max(1.0, 1), min(0, False), 1 + True, True + True, -True, True / 2, divmod(True, 2))
print(3 == 3.0 == complex(3, 0), hash(3) == hash(3.0) == hash(complex(3, 0)), {1: 'a', 1.0: 'b', True: 'c'}, {0, 0.0, False, -0.0}, 2 ** 0.5 == 2 ** F(1, 2))
print(1e16 + 1 == 1e16, 2**53 + 1 == 2.0**53 + 1, 10**20 == 1e20, 10**23 == 1e23, int(1e23), float(10**23), 0.1 + 0.2 == 0.3, round(0.1 + 0.2, 10) == 0.3)
b = bytearray(b'hello world')
b[0:5] = b'HELLO'; b.extend(b'!'); b.insert(0, 62); del b[1]; b += b'?'; b *= 2
print(b, b.find(b'o'), b.rfind(b'l'), b.count(b'l'), b.split(b' '), b.upper(), b.title(), b.hex(':'), bytes(b[-3:]), b.pop(), b.remove(ord('E')), b[:10])
print(b'a,b,,c'.split(b','), b'  x  '.strip(), b'abc'.center(9, b'*'), b'%s=%d' % (b'k', 5), b'x'.join([b'1', b'2']), b'AbC'.swapcase(), b'abc'.translate(bytes.maketrans(b'abc', b'xyz')), b'\x41\xe9'.decode('latin-1'), b'a\tb'.expandtabs(4), b'abc'.startswith((b'x', b'a')))
mv = memoryview(bytearray(range(10)))
print(mv[2:5].tolist(), mv[::2].tobytes(), mv.nbytes, mv.readonly, mv.format, mv.itemsize, mv.shape, len(mv[1:-1]), mv[3], bytes(mv[8:]), mv.cast('H')[0], mv.cast('B', (2, 5)).tolist())
mv[0] = 200; mv[1:3] = b'\x07\x08'; print(mv.obj[:4], mv.hex(), memoryview(b'ab') == b'ab', memoryview(b'abc')[::-1].tobytes())
print(sorted(['b10', 'a2', 'a10', 'b1'], key=lambda s: (s[0], int(s[1:]))), sorted([(1, 'b'), (1, 'a'), (0, 'z')]), sorted([[2], [1, 5], [1]]), sorted('Mississippi', key=str.lower), sorted({3: 'c', 1: 'a'}.items(), key=operator.itemgetter(1), reverse=True))
try: sorted([3, 1, 2], key=lambda x: 1 / (x - 1))
except ZeroDivisionError as e: print('ZeroDivisionError', e)
data = [5, 2, 8]
try: data.sort(key=lambda x: data.append(x))
except ValueError as e: print('ValueError', e)
print('{0!r:^10}|{1:*<6}|{2:+.2e}|{3:,}|{4:#o}'.format('s', 7, 12345.678, 10**7, 8), '{a[b]}'.format(a={'b': 1}), 'x{}y{}'.format(*'AB'), '%-5s|%5.1f|%03x' % ('ab', 2.25, 10), 'text'.format_map({}), '{k}'.format_map({'k': 'v'}))
class Missing(dict):
    def __missing__(self, k): return f'<{k}>'
print('{a} {b}'.format_map(Missing(a=1)))
