# memoryview over bytes and bytearray: construction, indexing, slicing, casts, attributes,
# comparison, hashing, release and the bytearray export rule, with CPython's error messages.
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
b = b'abcdef'
m = memoryview(b)
t(lambda: m.format); t(lambda: m.cast('@B').format); t(lambda: m.cast('=B'))
t(lambda: m.cast('I')); t(lambda: m.cast('x')); t(lambda: m.cast('B', (2,3)).tolist())
t(lambda: m.cast('B', [2,3]).strides); t(lambda: m.cast('B', (2,3))[0]); t(lambda: m.cast('B', (2,3))[1,2])
t(lambda: m.cast('B', (2,3))[0:1].tolist()); t(lambda: m.cast('B', (2,3))[0:1,0:1]); t(lambda: m.cast('B', (3,3)))
t(lambda: m.cast('B', ())); t(lambda: m[0:1].cast('B', ()).tolist())
t(lambda: m.cast('B', ())); t(lambda: m[10]); t(lambda: m[-7]); t(lambda: m['a']); t(lambda: m[1.5]); 
t(lambda: m[::2].tobytes()); t(lambda: m[::-1].tolist()); t(lambda: m[::2].cast('B')); 
t(lambda: m[::2].strides); t(lambda: m[::2].c_contiguous); t(lambda: m[1:3].obj is b)
t(lambda: memoryview('abc')); t(lambda: memoryview(1)); t(lambda: memoryview()); t(lambda: memoryview(object=b'x').tolist())
t(lambda: memoryview(b'x', b'y'))
def f(): m[0] = 1
t(f)
ba = bytearray(b'abcdef'); w = memoryview(ba)
def g(): w[0] = 300
t(g)
def g(): w[0] = 'a'
t(g)
def g(): w[0:2] = b'xyz'
t(g)
def g(): w[0:2] = b'xy'; return ba
t(g)
def g(): del w[0]
t(g)
def g(): w[0] = b'a'
t(g)
t(lambda: hash(w)); t(lambda: hash(m) == hash(b)); t(lambda: hash(m.cast('I', ))); 
t(lambda: ba.append(1)); t(lambda: ba.extend(b'')); t(lambda: ba.pop()); t(lambda: ba.clear()); t(lambda: ba)
ba2 = bytearray()
w2 = memoryview(ba2); t(lambda: ba2.clear()); t(lambda: ba2.append(1))
w.release(); t(lambda: ba.append(1)); t(lambda: len(w)); t(lambda: w.obj); t(lambda: w[0]); t(lambda: repr(w)[:17]); t(lambda: w == w); t(lambda: w.release())
t(lambda: w.tobytes()); t(lambda: w.format); t(lambda: w.nbytes); t(lambda: w.readonly); t(lambda: hash(w)); 
t(lambda: b'abcdef' == m); t(lambda: b'abc' < m); t(lambda: bytearray(b'abc') < m); t(lambda: b'abc'.__eq__(m)); t(lambda: m == m.cast('c'))
t(lambda: m.cast('I') == m.cast('I')); t(lambda: memoryview(b'abcd').cast('f') == memoryview(b'abcd').cast('f')); 
t(lambda: memoryview(b'\x00\x00\xc0\x7f').cast('f') == memoryview(b'\x00\x00\xc0\x7f').cast('f'))
x = memoryview(b'\x00\x00\xc0\x7f').cast('f'); t(lambda: x == x)
t(lambda: m.hex()); t(lambda: m.hex(':')); t(lambda: m.hex(':', 2)); t(lambda: m.hex(':', -4)); t(lambda: m.cast('H').hex())
t(lambda: m.tobytes('A')); t(lambda: m.tobytes('X')); t(lambda: m.tobytes(None)); t(lambda: m.toreadonly().readonly)
t(lambda: list(m)); t(lambda: type(iter(m)).__name__); t(lambda: list(reversed(m)))
t(lambda: b'-'.join([m, m[1:2]])); t(lambda: b'x' + m); t(lambda: bytearray(b'x') + m); t(lambda: bytes(m[::2])); t(lambda: bytearray(m[::-1]))
t(lambda: m.cast('c').tolist()); t(lambda: m.cast('c')[0]); t(lambda: m.cast('b').tolist()); t(lambda: memoryview(b'\xff\xfe').cast('b').tolist())
t(lambda: memoryview(bytes(range(16))).cast('Q').tolist()); t(lambda: memoryview(bytes(range(16))).cast('d').tolist()); t(lambda: memoryview(bytes(range(8))).cast('?').tolist())
t(lambda: memoryview(bytes(range(8))).cast('e').tolist()); t(lambda: memoryview(bytes(range(8))).cast('P').tolist()); t(lambda: memoryview(bytes(range(8))).cast('n').tolist())
t(lambda: memoryview(bytes(range(8))).cast('I').cast('H')); t(lambda: memoryview(bytes(range(8))).cast('I').cast('B').tolist());
t(lambda: memoryview(bytes(range(8))).cast('I', (2,)).tolist()); t(lambda: memoryview(bytes(range(8))).cast('I', (3,)).tolist())
t(lambda: memoryview(bytes(range(8))).cast('B', 8)); t(lambda: memoryview(bytes(range(8))).cast('B', (-1,8)));t(lambda: memoryview(bytes(range(8))).cast(b'B'))
t(lambda: memoryview(bytes(range(6))).cast('I'))
with memoryview(b'ab') as q: print(q.tolist())
t(lambda: q.tolist())
t(lambda: (m.itemsize, m.nbytes, m.ndim, m.shape, m.strides, m.readonly, m.suboffsets, m.contiguous, m.f_contiguous))
c=m.cast('B',(2,3)); t(lambda: (c.itemsize, c.nbytes, c.ndim, c.shape, c.strides, c.c_contiguous, c.f_contiguous, len(c)))
t(lambda: list(c)); t(lambda: c.tobytes()); t(lambda: c.cast('B').tolist()); t(lambda: c.hex())
z = m.cast('B', ()) if False else None
t(lambda: memoryview(b'x').cast('B', ()).tolist())
zz = memoryview(b'x').cast('B', ()); t(lambda: zz[()]); t(lambda: zz[0]); t(lambda: len(zz)); t(lambda: zz.shape); t(lambda: list(zz)); t(lambda: zz[...] is zz)
t(lambda: m[...] is m); t(lambda: m[()]); t(lambda: m[0,]); 
