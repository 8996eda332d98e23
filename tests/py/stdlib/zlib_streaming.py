# zlib's Compress and Decompress objects against CPython: streaming in small chunks, flush
# modes, max_length with unconsumed_tail, unused_data and eof, zdict, copy(), and the errors
# of used-up streams.
import zlib, copy

def lcg_bytes(n, seed):
    out = bytearray()
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        out.append((x >> 16) & 0xFF)
    return bytes(out)

text = b"".join(b"record %05d|%s\n" % (i, b"abcdefgh"[: i % 8] * 3) for i in range(3000))
noise = lcg_bytes(20000, 99)
data = text[:20000] + noise + text[20000:]

def compress_chunks(data, size, **kw):
    c = zlib.compressobj(**kw)
    parts = [c.compress(data[i:i + size]) for i in range(0, len(data), size)]
    parts.append(c.flush())
    return b"".join(parts), [len(p) for p in parts[:5]]

for kw in ({}, {"level": 0}, {"level": 1}, {"level": 9}, {"wbits": -15}, {"wbits": 31},
           {"level": 6, "memLevel": 9}, {"memLevel": 1}, {"strategy": zlib.Z_FILTERED},
           {"strategy": zlib.Z_HUFFMAN_ONLY}, {"strategy": zlib.Z_RLE}, {"strategy": zlib.Z_FIXED},
           {"wbits": 9}, {"wbits": -9, "level": 3}):
    for size in (1000, 65536):
        c, first = compress_chunks(data, size, **kw)
        wbits = kw.get("wbits", 15)
        assert zlib.decompress(c, wbits) == data
        print(kw, size, len(c), hex(zlib.crc32(c)), c[:6].hex(), first)
    one = zlib.compressobj(**kw)
    print("whole", kw, (one.compress(data) + one.flush()) == zlib.compress(data, kw.get("level", -1), kw.get("wbits", 15))
          if set(kw) <= {"level", "wbits"} else "-")

# Level 0 output depends on the output space given: large input in one call.
big = bytes(range(256)) * 600
c0 = zlib.compressobj(0)
out = c0.compress(big)
print("level0", len(out), len(c0.flush()), len(zlib.compress(big, 0)), hex(zlib.crc32(zlib.compress(big, 0))))

# flush modes
for mode in (zlib.Z_NO_FLUSH, zlib.Z_PARTIAL_FLUSH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_BLOCK):
    c = zlib.compressobj()
    a = c.compress(text[:5000])
    b = c.flush(mode)
    d = c.compress(text[5000:9000])
    e = c.flush()
    whole = a + b + d + e
    print("mode", mode, len(a), len(b), b[-8:].hex(), len(d), len(e), hex(zlib.crc32(whole)))
    assert zlib.decompress(whole) == text[:9000]
    dec = zlib.decompressobj()
    if mode in (zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH):
        print("  sync point gives all", dec.decompress(a + b) == text[:5000])

# decompression in small pieces, with max_length and unconsumed_tail
comp = zlib.compress(data, 6)
for piece in (1, 7, 100, 4096):
    d = zlib.decompressobj()
    out = []
    for i in range(0, len(comp), piece):
        out.append(d.decompress(comp[i:i + piece]))
    out.append(d.flush())
    print("pieces", piece, b"".join(out) == data, d.eof, d.unused_data, d.unconsumed_tail)

for max_length in (1, 10, 1000, 16384, 40000):
    d = zlib.decompressobj()
    out = []
    chunk = d.decompress(comp, max_length)
    tails = [len(d.unconsumed_tail)]
    sizes = [len(chunk)]
    out.append(chunk)
    while d.unconsumed_tail:
        chunk = d.decompress(d.unconsumed_tail, max_length)
        out.append(chunk)
        tails.append(len(d.unconsumed_tail))
        sizes.append(len(chunk))
    rest = d.flush()
    out.append(rest)
    print("max_length", max_length, len(sizes), sizes[:4], tails[:4], tails[-3:], len(rest), d.eof,
          b"".join(out) == data)

# max_length that ends exactly at the data's end, then flush
d = zlib.decompressobj()
small = zlib.compress(b"0123456789" * 10)
print("exact", d.decompress(small, 100)[-5:], d.eof, d.unconsumed_tail, d.flush(), d.eof)
d = zlib.decompressobj()
print("flush length", len(d.decompress(comp, 5)), len(d.flush(3)), d.eof, d.unconsumed_tail)

# unused_data and eof
stream = zlib.compress(b"first stream") + b"extra bytes"
d = zlib.decompressobj()
print("unused", d.decompress(stream), d.eof, d.unused_data, d.unconsumed_tail)
print("after eof", d.decompress(b"more"), d.unused_data, d.eof)
print("flush at eof", d.flush(), d.eof, d.unused_data)
d = zlib.decompressobj()
for i in range(len(stream)):
    d.decompress(stream[i:i + 1])
print("bytewise unused", d.unused_data, d.eof)
d = zlib.decompressobj()
print("partial", d.decompress(zlib.compress(text)[:300])[:20], d.eof, d.unused_data, d.unconsumed_tail)
print("flush partial", len(d.flush()), d.eof)

# gzip and raw and auto wbits in streams
for wbits, dwbits in ((31, 31), (31, 47), (15, 47), (-15, -15), (9, 15), (12, 47)):
    c = zlib.compressobj(9, zlib.DEFLATED, wbits)
    s = c.compress(text) + c.flush()
    d = zlib.decompressobj(dwbits)
    print("stream wbits", wbits, dwbits, len(s), hex(zlib.crc32(s)), d.decompress(s) == text, d.eof)

# zdict
zd = b"record abcdefgh 0123456789|\n"
c = zlib.compressobj(zdict=zd)
s = c.compress(text[:3000]) + c.flush()
print("zdict", len(s), s[:8].hex(), hex(zlib.crc32(s)))
print("zdict back", zlib.decompressobj(zdict=zd).decompress(s) == text[:3000])
print("zdict bytearray", zlib.decompressobj(zdict=bytearray(zd)).decompress(s) == text[:3000])
d = zlib.decompressobj(zdict=zd)
print("zdict pieces", b"".join(d.decompress(s[i:i + 3]) for i in range(0, len(s), 3)) == text[:3000])
c = zlib.compressobj(wbits=-15, zdict=zd)
r = c.compress(text[:3000]) + c.flush()
print("raw zdict", len(r), hex(zlib.crc32(r)), zlib.decompressobj(wbits=-15, zdict=zd).decompress(r) == text[:3000])
for f in (lambda: zlib.decompress(s), lambda: zlib.decompressobj().decompress(s),
          lambda: zlib.decompressobj(zdict=b"wrong").decompress(s), lambda: zlib.decompressobj(zdict="str"),
          lambda: zlib.compressobj(zdict="str"), lambda: zlib.decompressobj(zdict=b"").decompress(s)):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)

# copy
c = zlib.compressobj(6)
head = c.compress(text[:10000])
c2 = c.copy()
c3 = copy.copy(c)
c4 = copy.deepcopy(c)
ta = head + c.compress(b"tail A") + c.flush()
tb = head + c2.compress(b"tail B") + c2.flush()
print("copy", zlib.decompress(ta)[-6:], zlib.decompress(tb)[-6:], type(c3).__name__, type(c4).__name__)
d = zlib.decompressobj()
p1 = d.decompress(comp[:5000])
d2 = d.copy()
rest1 = d.decompress(comp[5000:])
rest2 = d2.decompress(comp[5000:]) + d2.flush()
print("dcopy", p1 + rest1 == data, p1 + rest2 == data, d2.eof, copy.copy(d).eof, copy.deepcopy(d).eof)
d3 = zlib.decompressobj()
d3.decompress(zlib.compress(b"abc") + b"xyz")
d4 = d3.copy()
print("dcopy attrs", d4.unused_data, d4.eof, d4.unconsumed_tail)

# used-up streams and other errors
def err(f, *args):
    try:
        r = f(*args)
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

c = zlib.compressobj()
c.compress(b"abc")
print("finish", c.flush().hex())
err(c.compress, b"x")
err(c.flush)
err(c.flush, zlib.Z_NO_FLUSH)
err(c.copy)
d = zlib.decompressobj()
d.decompress(zlib.compress(b"abc"))
d.flush()
err(d.decompress, b"x")
err(d.flush)
err(d.copy)
err(zlib.decompressobj().decompress, b"garbage!")
err(zlib.decompressobj().decompress, b"x", -1)
err(zlib.decompressobj().flush, 0)
err(zlib.decompressobj().flush, -5)
err(zlib.compressobj, 10)
err(zlib.compressobj, 6, 7)
err(zlib.compressobj, 6, 8, 99)
err(zlib.compressobj, 6, 8, 15, 10)
err(zlib.compressobj, 6, 8, 15, 8, 9)
err(zlib.decompressobj, 99)
err(zlib.decompressobj, 5)
err(zlib.compressobj().flush, 99)
err(zlib.compressobj().compress, "str")
err(lambda: zlib.compressobj().compress())
err(lambda: zlib.decompressobj().decompress())
err(lambda: zlib.compressobj(foo=1))
err(lambda: zlib.decompressobj(foo=1))
err(lambda: zlib.decompressobj().decompress(b"", max_length=5))
err(lambda: type(zlib.compressobj())())
err(lambda: setattr(zlib.decompressobj(), "eof", True))
err(lambda: setattr(zlib.decompressobj(), "unused_data", b""))
print(type(zlib.compressobj()), type(zlib.decompressobj()), hasattr(zlib, "Compress"))
print(sorted(n for n in dir(zlib.decompressobj()) if not n.startswith("_")),
      sorted(n for n in dir(zlib.compressobj()) if not n.startswith("_")))
