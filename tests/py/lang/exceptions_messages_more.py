# Exception messages of common runtime errors, compared with CPython's wording.
import math
NONE, FIVE = None, 5
cases = [
    lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: divmod(1, 0), lambda: 0 ** -1,
    lambda: [][0], lambda: ()[1], lambda: 'abc'[5], lambda: {}['k'], lambda: {}[1, 2],
    lambda: int('x'), lambda: int('12', 50), lambda: float('y'), lambda: complex('z'),
    lambda: 'a' + 1, lambda: 1 + 'a', lambda: [] + (), lambda: NONE(), lambda: FIVE[0], lambda: len(5),
    lambda: iter(5), lambda: next(iter([])), lambda: object().x, lambda: None.x, lambda: 'abc'.foo,
    lambda: [].remove(1), lambda: 'abc'.index('z'), lambda: [1].index(5), lambda: (1,).index(2),
    lambda: {1}.remove(2), lambda: {}.popitem(), lambda: [].pop(), lambda: set().pop(),
    lambda: int.__add__(1, 'a'), lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1),
    lambda: chr(-1), lambda: ord('ab'), lambda: range(0, 1, 0), lambda: 'a' * 'b', lambda: [1, 2] < 'a',
    lambda: sorted([1, None]), lambda: hash([]), lambda: {[]: 1}, lambda: abs('a'), lambda: -'a',
    lambda: ~1.5, lambda: 1 << -1, lambda: 2 ** 10000.0, lambda: int(float('inf')), lambda: int(float('nan')),
    lambda: 'abc'.encode('nope'), lambda: b'\xff'.decode('utf-8'), lambda: 'é'.encode('ascii'),
    lambda: bytes([256]), lambda: bytearray(-1), lambda: ''.join([1]), lambda: 'x'.join('ab', 'c'),
    lambda: getattr(1, 'y'), lambda: setattr(1, 'y', 2), lambda: delattr(1, 'real'),
    lambda: tuple(1), lambda: list(None), lambda: dict([1]), lambda: dict([(1, 2, 3)]),
    lambda: max([]), lambda: min(1), lambda: sum(['a'], ''), lambda: isinstance(1, 1),
    lambda: issubclass(1, int), lambda: round('x'), lambda: format(1, 'z'), lambda: '{0}'.format(),
    lambda: '{a}'.format(), lambda: '%d' % 'x', lambda: '%s %s' % (1,), lambda: '%s' % (1, 2),
    lambda: int('9' * 5000), lambda: [0] * (2 ** 70), lambda: 'a'.center('x'), lambda: 'a'.split(''),
    lambda: frozenset().add, lambda: (1).real.imag.foo, lambda: type('T', (), {})().m(),
    lambda: exec('x ='), lambda: eval('1 +'), lambda: __import__('no_such_module_xyz'),
    lambda: [].sort(key=1), lambda: sorted([3, 1], cmp=None), lambda: print(sep=5),
    lambda: open('/nonexistent/file'), lambda: memoryview(5), lambda: slice(1, 2)[0],
]
for i, f in enumerate(cases):
    try:
        r = f()
        print(i, 'no error', repr(r)[:40])
    except Exception as e:
        print(i, type(e).__name__, str(e)[:120])
