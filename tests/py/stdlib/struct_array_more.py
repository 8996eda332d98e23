# struct: formats with byte orders, padding/alignment, pack_into/unpack_from, iter_unpack,
# Struct objects, ?/e/q/Q/s/p formats, errors; array: typecodes, slicing, byteswap, frombytes.
import struct, array
print(struct.calcsize('i'), struct.calcsize('<i'), struct.calcsize('bi'), struct.calcsize('<bi'), struct.calcsize('@bq'), struct.calcsize('=bq'), struct.calcsize('3s2xh'))
print(struct.pack('>hIq', -2, 4000000000, -1).hex(), struct.pack('<hIq', -2, 4000000000, -1).hex(), struct.pack('!f', 1.5).hex(), struct.pack('<d', -0.0).hex())
print(struct.unpack('>hIq', struct.pack('>hIq', -2, 4000000000, -1)), struct.unpack('<e', struct.pack('<e', 0.333)), struct.pack('?', 5), struct.unpack('??', b'\x00\x02'))
print(struct.pack('5s', b'ab'), struct.pack('2s', b'abcdef'), struct.pack('5p', b'ab'), struct.unpack('5p', struct.pack('5p', b'abcdefg')), struct.pack('c', b'z'))
buf = bytearray(16)
struct.pack_into('<HH', buf, 4, 1, 0xffff)
print(buf.hex(), struct.unpack_from('<HH', buf, 4), struct.unpack_from('<I', buf, offset=4))
print(list(struct.iter_unpack('<hb', bytes(range(9)))))
S = struct.Struct('<3sBf')
packed = S.pack(b'abc', 7, 2.5)
print(S.size, S.format, packed, S.unpack(packed))
for fmt, args in [('b', (200,)), ('<H', (-1,)), ('i', ('x',)), ('2h', (1,)), ('q', (2**64,)), ('z', (1,))]:
    try:
        struct.pack(fmt, *args)
    except struct.error as e:
        print('struct.error', fmt, e)
try:
    struct.unpack('<I', b'abc')
except struct.error as e:
    print('struct.error', e)
a = array.array('i', [1, 2, 3, 4, 5])
a.append(6); a.extend([7, 8]); a.insert(0, 0)
print(a, a[2:5], a[::-2], a.itemsize, a.typecode, len(a), a.index(4), a.count(1), a.pop(), a.buffer_info()[1])
a[1:3] = array.array('i', [10, 20, 30])
print(a, a.tolist(), sum(a), max(a), a * 2 if len(a) < 5 else a[:3] * 2, a[:2] + array.array('i', [99]))
b = array.array('H', [1, 256, 65535])
print(b.tobytes().hex(), end=' '); b.byteswap(); print(b.tolist())
c = array.array('d'); c.frombytes(struct.pack('<2d', 1.5, -2.25)); print(c, c.tobytes() == struct.pack('<2d', 1.5, -2.25))
u = array.array('u', 'héllo'); print(u, u.tounicode(), u[1])
f = array.array('f', [0.1, 0.2]); print([round(x, 6) for x in f], f.itemsize)
bb = array.array('b', [-1, 0, 1]); bb.reverse(); bb.remove(0); print(bb, bb == array.array('b', [1, -1]), array.array('B', b'xyz'))
try:
    array.array('b', [200])
except OverflowError as e:
    print('OverflowError', e)
try:
    array.array('z')
except ValueError as e:
    print('ValueError', e)
try:
    a.append(1.5)
except TypeError as e:
    print('TypeError', e)
q = array.array('q', range(5)); del q[1:3]; q[0] = -5; print(q, repr(array.array('l')), array.array('i', range(3)) < array.array('i', [0, 1, 5]))
