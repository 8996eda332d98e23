# memoryview item formats (packing errors per format), multi-dimensional casts, slice
# assignment, exports of bytearrays, and memoryview where bytes-like arguments are read.
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
ba = bytearray(16)
m = memoryview(ba)
for fmt, vals in [('b', [127, -128, 128, -129, 'x', 1.5, True]), ('B', [255, 256, -1, None]), ('h', [32767, 32768, -32769]),
                  ('H', [65535, 65536, -1]), ('i', [2**31-1, 2**31]), ('I', [2**32-1, 2**32, -1]), ('l', [2**63-1, 2**63, -2**63]),
                  ('L', [2**64-1, 2**64]), ('q', [-1, 2**70]), ('Q', [2**64-1, -1]), ('f', [1.5, 1e39, float('inf'), 'a', 2**2000, 3]),
                  ('d', [1e308, 5, 'z', 2**2000]), ('?', [0, 1, [], [1], 'x']), ('c', [b'a', b'ab', 'a', 97]), ('n', [-5]), ('N', [5, -5]), ('P', [7, -1])]:
    c = m.cast(fmt)
    for v in vals:
        def s():
            c[0] = v
            return c[0]
        t(s)
c = m.cast('B', (4, 4))
def s(): c[1, 2] = 9; return c[1, 2], c.tolist()
t(s)
def s(): c[1] = 9
t(s)
def s(): c[1:2] = b'1234'
t(s)
def s(): c[1, 2, 3] = 9
t(s)
def s(): c[1, 5] = 9
t(s)
def s(): c[1, 'a'] = 9
t(s)
t(lambda: c[1, 2, 3]); t(lambda: c[1,]); t(lambda: c[0:2].tolist()); t(lambda: c[::-1].tolist()); t(lambda: c[::-1].tobytes()); t(lambda: c.tobytes('F'))
t(lambda: c.cast('B').tolist()[:4]); t(lambda: c.cast('I', (2, 2))); t(lambda: c[::2].cast('B'))
t(lambda: memoryview(c).tolist()); t(lambda: memoryview(c).shape); t(lambda: len(c)); t(lambda: c == c); t(lambda: c == m.cast('B', (4,4)))
t(lambda: m.cast('B', (2,8)) == m.cast('B', (4,4))); t(lambda: m == ba); t(lambda: m.cast('I') == m.cast('i'))
t(lambda: m[::2] == bytes(8)); t(lambda: m.cast('B', [16]).shape)
# slicing/assign
ba2 = bytearray(b'0123456789')
w = memoryview(ba2)
def s(): w[::2] = b'abcde'; return ba2
t(s)
def s(): w[1:4] = w[5:8]; return ba2
t(s)
def s(): w[::-1] = w; return ba2
t(s)
def s(): w[0:2] = memoryview(b'xy'); return ba2
t(s)
def s(): w[0:2] = 'xy'
t(s)
def s(): w[0:2] = memoryview(b'xyzw').cast('H')
t(s)
def s(): w[0:8] = memoryview(b'xyzwxyzw').cast('H')
t(s)
def s(): w[0:1, 0:1] = b'x'
t(s)
def s(): w[...] = b'x'
t(s)
def s(): w[-11] = 1
t(s)
def s(): w[2**70] = 1
t(s)
t(lambda: w[2**70]); t(lambda: w[True]); t(lambda: w[-1]); 
t(lambda: hash(memoryview(b'abc')) == hash(b'abc')); t(lambda: hash(memoryview(b'abc')[::-1]) == hash(b'cba'))
t(lambda: hash(memoryview(bytearray(b'x')).toreadonly()))
t(lambda: hash(memoryview(b'abcd').cast('I')))
t(lambda: hash(memoryview(b'abcd').cast('b')) == hash(b'abcd'))
t(lambda: memoryview(b'ab').toreadonly() == b'ab')
t(lambda: str(memoryview(b'ab'), 'ascii')); t(lambda: memoryview(b'ab').tobytes().decode())
t(lambda: b'abc'.find(memoryview(b'c'))); t(lambda: b'abc'.startswith(memoryview(b'a')));
t(lambda: bytearray(b'x') + memoryview(b'yz')); 
t(lambda: 98 in memoryview(b'abc')); t(lambda: sorted(memoryview(b'cab')))
import struct
t(lambda: struct.unpack('<H', memoryview(b'\x01\x02'))); t(lambda: struct.unpack_from('<H', memoryview(b'\x00\x01\x02')[1:]))
x = bytearray(b'abc')
v1 = memoryview(x); v2 = v1[1:]; v1.release()
t(lambda: x.append(1))
v2.release(); t(lambda: x.append(100)); t(lambda: x)
x2 = bytearray(b'abc')
def f():
    memoryview(x2)
f()
t(lambda: x2.extend(b'zz')); t(lambda: x2)
y = bytearray(b'abc')
with memoryview(y) as q:
    t(lambda: y.pop())
    t(lambda: y.insert(0, 1)); t(lambda: y.remove(97)); t(lambda: y.__init__(b'x')); t(lambda: y.__iadd__(b'a'))
    def d(): del y[0]
    t(d)
    def d(): y[0:1] = b'xy'
    t(d)
    def d(): y[0:1] = b'Z'; return y
    t(d)
    def d(): y *= 2
    t(d)
    t(lambda: y.clear())
    t(lambda: y)
t(lambda: y.pop()); t(lambda: y)
t(lambda: memoryview(b'abc').__class__); t(lambda: type(memoryview(b'')).__name__)
try:
    class X(memoryview): pass
except TypeError as e:
    print(e)
t(lambda: memoryview.__module__ if hasattr(memoryview, '__module__') else None)
t(lambda: isinstance(memoryview(b''), memoryview))
import collections.abc
t(lambda: isinstance(memoryview(b''), collections.abc.Sequence))
t(lambda: memoryview(b'ab') != memoryview(b'ab')); t(lambda: memoryview(b'ab') == 5); t(lambda: memoryview(b'ab') == [97, 98])
t(lambda: bytes(memoryview(b'abcd').cast('I'))); t(lambda: list(memoryview(b'abcdefgh').cast('I')[::-1]))
t(lambda: memoryview(memoryview(b'abc')[1:]).obj)
t(lambda: memoryview(b'abcdef')[1::2][1:].tobytes())
t(lambda: memoryview(b'abc').tobytes(order='A'))
t(lambda: memoryview(b'abc').hex(sep='-', bytes_per_sep=1)); t(lambda: memoryview(b'abcdef').hex('.', 4))
t(lambda: memoryview(b'').tolist()); t(lambda: memoryview(b'').cast('I').tolist()); t(lambda: memoryview(b'').cast('I',[0]))
