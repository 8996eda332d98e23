# struct for binary record files built in memory: a header plus fixed-size records written with
# Struct.pack_into into a bytearray, read back with iter_unpack and unpack_from, checksummed.
import struct, io, binascii
Header = struct.Struct('<4sHHI')
Rec = struct.Struct('<iHf8s?x')
buf = bytearray(Header.size + Rec.size * 20)
Header.pack_into(buf, 0, b'TPN1', 1, Rec.size, 20)
for i in range(20):
    Rec.pack_into(buf, Header.size + i * Rec.size, i * -37, i * 101 % 65536, i / 4, ('n%d' % i).encode(), i % 3 == 0)
magic, ver, size, count = Header.unpack_from(buf)
print(magic, ver, size, count, Rec.size, Rec.format, len(buf), binascii.crc32(buf))
recs = list(Rec.iter_unpack(bytes(buf[Header.size:])))
print(recs[:3], recs[-1], sum(r[0] for r in recs), [r[3].rstrip(b'\0') for r in recs[::7]], sum(r[4] for r in recs))
f = io.BytesIO(bytes(buf)); f.seek(Header.size + 5 * Rec.size); print(Rec.unpack(f.read(Rec.size)))
print(struct.pack('>I', binascii.crc32(buf)).hex(), struct.unpack('<2H', struct.pack('<I', 0xDEADBEEF)), struct.calcsize('<4sHHI') == Header.size)
try: Rec.unpack_from(buf, len(buf) - 3)
except struct.error as e: print(e)
try: Rec.pack_into(buf, len(buf) - 2, 1, 1, 1.0, b'', False)
except struct.error as e: print(e)
