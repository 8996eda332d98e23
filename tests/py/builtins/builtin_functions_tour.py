# A tour of builtin functions with edge arguments: enumerate start, zip strict, map with several
# iterables, filter None, reversed on objects, sum start, min/max default/key, any/all, divmod,
# round, abs, pow, hash consistency, chr/ord, bin/oct/hex, format, vars, dir, iter sentinel.
print(list(enumerate('abc', start=-1)), list(zip('ab', [1, 2], (True, False))), list(zip()))
try: list(zip([1, 2], [1], strict=True))
except ValueError as e: print(e)
try: list(zip([1], [1, 2], strict=True))
except ValueError as e: print(e)
print(list(map(pow, [2, 3], [5, 2, 9])), list(filter(None, [0, 1, '', 'a', None, []])), list(map(str.upper, 'ab')))
class Rev:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 10
print(list(reversed(Rev())), list(reversed(range(1, 10, 3))), list(reversed({'a': 1, 'b': 2})), list(reversed([])))
print(sum([0.1] * 10), sum([[1], [2]], []), sum(range(101), 1000), sum([1, 2.5, 3j]), sum(x * x for x in range(5)))
print(min([], default='empty'), max([3, 1, 2], key=lambda v: -v), min('b', 'a', 'c'), max((1, 'a'), (1, 'b')), min([[2], [1, 5]]))
print(any([]), all([]), any(x > 2 for x in [1, 3]), all('abc'), divmod(-7, 2), divmod(7.5, -2), abs(-3j), abs(-2.5), pow(2, 3, 5))
print(round(3.14159, 3), round(-2.5), round(1234, -2), hash(1) == hash(1.0) == hash(True), hash((1, 2)) == hash((1, 2)), hash('') == hash(''))
print(chr(0x1F40D), ord('🐍'), bin(-5), oct(64), hex(-255), format(255, '08b'), format(3.5, '>8'), format('x', '^5'), format(12))
print(int.__name__, type(len).__name__, callable(len), callable(1), isinstance(True, int), issubclass(bool, (str, int)), id(1) == id(1))
it = iter([1, 2, 3, 0, 4].pop, 0); print(list(it))
cnt = iter(lambda c=[0]: c.__setitem__(0, c[0] + 1) or c[0], 4); print(list(cnt))
class V:
    def __init__(self): self.a, self.b = 1, 2
print(vars(V()), sorted(k for k in dir(V()) if not k.startswith('__')), getattr(V(), 'c', 'dflt'), hasattr(V(), 'a'))
print(repr(ascii('é\n')), repr(repr('\'"')), str(b'x', 'ascii'), bytes('é', 'utf-8'), bytearray(3), list(range(-3)), slice(None, 5).indices(3))
print(next(iter([]), 'default'), len(range(0, 100, 7)), range(10)[-3:], range(5)[::-1], 7 in range(0, 10, 7), range(3) == range(0, 3, 1))
print(divmod(10**20, 7), pow(-2, 3), pow(2.0, -2), pow(4, 0.5), complex(1, 2) * 2, complex('3-4j').conjugate(), (1 + 2j).real, abs(3 + 4j))
print(sorted({'b': 1, 'a': 2}.items(), key=lambda kv: kv[1]), list(map(lambda *a: a, 'ab', 'cd')), dict(zip('ab', range(2))), set('aab') == {'a', 'b'})
print(isinstance([], (list, tuple)), isinstance(1, bool), type(3)(4.9), type('x')(5), bool([0]), bool(''), float(True), int(' 7 '), str(None))
print(max(range(5), key=lambda x: x % 3), min(('a', 2), ('a', 1)), max([1, 2], [1, 2, 0]), sorted(range(5), key=lambda x: (x % 2, -x)))
print(eval('x + y', {'x': 1}, {'y': 2}), eval('[i*i for i in range(3)]'), exec('z = 5', g := {}) or g['z'], compile('1+1', '<s>', 'eval').co_filename)
