# bytes/bytearray: hex with separators and group sizes, fromhex whitespace rules, int.to_bytes
# interplay, translate/maketrans, join of mixed buffers, count/find with int arguments.
data = bytes(range(250, 256)) + b'\x00\x01abc'
print(data.hex(), data.hex(':'), data.hex('-', 2), data.hex('_', -3), bytearray(data).hex(' ', 4), memoryview(data).hex('.'))
print(bytes.fromhex('  01 ff\tAB  cd '), bytearray.fromhex('00'), bytes.fromhex(''))
for bad in ['0', 'zz', '0 1', '01 2']:
    try: bytes.fromhex(bad)
    except ValueError as e: print(e)
t = bytes.maketrans(b'abc', b'xyz'); print(b'aabbcc'.translate(t), b'abc'.translate(t, b'b'), bytearray(b'cab').translate(t))
print(b'-'.join([b'a', bytearray(b'b'), memoryview(b'c')]), b''.join([]), bytearray(b', ').join([b'x', b'y']))
print(b'banana'.count(97), b'banana'.find(110), b'banana'.rindex(b'an'), 97 in b'abc', b'ab' in bytearray(b'cabd'), b'abc'.index(99))
try: b'abc'.find(300)
except ValueError as e: print(e)
ba = bytearray(b'hello'); ba[0] = 72; ba += b'!'; ba *= 2; del ba[-1]; print(ba, ba.upper(), ba.isupper(), ba.istitle(), len(ba))
print(bytes(3), bytes([1, 2]), bytes('é', 'utf-8'), bytes(memoryview(b'mv')), bytearray(b'x') == b'x', b'a' < b'b' < bytearray(b'c'), hash(b'x') == hash(b'x'))
print(int.from_bytes(b'\x01\x00', 'little'), (258).to_bytes(2, 'big'), b'%05.1f|%-4d|' % (3.14159, 7), b'abc'[1], b'abc'[1:], list(b'hi'))
