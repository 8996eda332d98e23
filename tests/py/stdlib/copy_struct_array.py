# copy (shallow vs deep, memo for cycles, __copy__/__deepcopy__, __reduce_ex__ paths, copy of
# classes/functions), struct (formats, alignment, pack_into/unpack_from/iter_unpack, calcsize,
# errors) and array (typecodes, buffer round trips, frombytes, byteswap, errors).
import copy, struct, array
a = [1, [2, 3], {'k': [4]}]
s, d = copy.copy(a), copy.deepcopy(a)
a[1].append(9); a[2]['k'].append(8)
print(s, d, s[1] is a[1], d[1] is a[1])
cyc = [1]; cyc.append(cyc); dc = copy.deepcopy(cyc); print(dc[1] is dc, dc is not cyc)
class C:
    def __init__(self): self.v = [1]
    def __copy__(self): print('__copy__'); n = C(); n.v = self.v; return n
    def __deepcopy__(self, memo): print('__deepcopy__'); n = C(); n.v = copy.deepcopy(self.v, memo); return n
c = C(); print(copy.copy(c).v is c.v, copy.deepcopy(c).v is c.v)
class Plain:
    def __init__(self, x): self.x = x; self.l = [x]
p = Plain(3); q = copy.deepcopy(p); print(q.x, q.l, q.l is p.l, type(q).__name__)
print(copy.copy(int) is int, copy.deepcopy(len) is len, copy.copy((1, 2)) == (1, 2), copy.deepcopy((1, [2]))[1] == [2])
print(struct.pack('<hHiIqQ', -1, 65535, -2, 2**32 - 1, -3, 2**64 - 1).hex())
print(struct.pack('>fd?c5s3p', 1.5, -2.25, True, b'x', b'hello', b'ab').hex())
print(struct.unpack('<2i3sx?', struct.pack('<2i3sx?', 7, -7, b'abc', False)), struct.calcsize('@bhiq'), struct.calcsize('=bhiq'))
buf = bytearray(16); struct.pack_into('>HI', buf, 2, 513, 67305985); print(buf.hex(), struct.unpack_from('>HI', buf, 2))
print(list(struct.iter_unpack('<hb', bytes(range(9)))), struct.Struct('!3H').size, struct.unpack('e', struct.pack('e', 0.333)))
for bad in [lambda: struct.pack('b', 200), lambda: struct.pack('i'), lambda: struct.unpack('i', b'abc'), lambda: struct.pack('z', 1),
            lambda: struct.pack('H', -1), lambda: struct.pack('s', 5)]:
    try: bad()
    except struct.error as e: print('struct.error', e)
for tc in 'bBhHiIlLqQfd':
    arr = array.array(tc, [1, 2, 3])
    print(tc, arr.itemsize, arr.tolist(), array.array(tc, arr.tobytes()) == arr, arr * 2, arr[::-1])
ar = array.array('H', [1, 258]); ar.byteswap(); print(ar, ar.buffer_info()[1])
ar.frombytes(b'\x01\x00'); ar.fromlist([7]); print(ar, ar.pop(0), ar.index(7), ar.count(7))
try: array.array('B', [256])
except OverflowError as e: print(e)
try: array.array('i').frombytes(b'abc')
except ValueError as e: print(e)
print(array.array('u', 'hi') + array.array('u', '!'), array.typecodes, repr(array.array('d')))
