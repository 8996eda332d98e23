# zlib's one-shot functions against CPython: compress/decompress at every level and wbits
# (raw, zlib, gzip, auto-detect), byte-identical outputs (hex and CRCs of the compressed
# bytes), crc32/adler32 with running values, bytes-like inputs, constants and error messages.
import zlib, binascii, array

def lcg_bytes(n, seed):
    out = bytearray()
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        out.append((x >> 16) & 0xFF)
    return bytes(out)

text = b"".join(b"line %d: the quick brown fox jumps over the lazy dog\n" % i for i in range(400))
noise = lcg_bytes(5000, 7)
mixed = text[:3000] + noise[:2000] + text[3000:6000]
samples = [("empty", b""), ("one", b"a"), ("text", text), ("noise", noise), ("mixed", mixed),
           ("zeros", bytes(70000))]

print("constants", zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.DEF_BUF_SIZE,
      zlib.Z_NO_COMPRESSION, zlib.Z_BEST_SPEED, zlib.Z_BEST_COMPRESSION, zlib.Z_DEFAULT_COMPRESSION,
      zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED, zlib.Z_DEFAULT_STRATEGY,
      zlib.Z_NO_FLUSH, zlib.Z_PARTIAL_FLUSH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_FINISH,
      zlib.Z_BLOCK, zlib.Z_TREES)
print("version", zlib.ZLIB_VERSION == zlib.ZLIB_RUNTIME_VERSION, zlib.ZLIB_VERSION[:2], zlib.__version__)
print("error", zlib.error.__module__, zlib.error.__name__, issubclass(zlib.error, Exception))

for name, data in samples:
    for level in range(-1, 10):
        c = zlib.compress(data, level)
        assert zlib.decompress(c) == data
        print(name, level, len(c), hex(zlib.crc32(c)), c[:12].hex(), c[-8:].hex())
    print(name, "small", zlib.compress(data[:40], 6).hex())

for wbits in (-15, -9, -12, 9, 12, 15, 25, 31):
    c = zlib.compress(text, 6, wbits)
    print("wbits", wbits, len(c), hex(binascii.crc32(c)), c[:4].hex())
    back = zlib.decompress(c, wbits)
    assert back == text
    if wbits > 0:
        assert zlib.decompress(c, 47) == text  # 32 + 15: zlib or gzip header, detected
    if wbits >= 25:
        assert zlib.decompress(c, 31) == text

print("keywords", zlib.compress(b"hello", level=9).hex(), zlib.compress(b"hello", wbits=-15).hex())
print("bufsize", zlib.decompress(zlib.compress(text), bufsize=1) == text,
      zlib.decompress(zlib.compress(text), 15, 0) == text, zlib.decompress(zlib.compress(text), 15, 10**6) == text)

# bytes-like inputs
for obj in (bytearray(b"abcabcabc" * 10), memoryview(b"abcabcabc" * 10), array.array("b", b"abcabcabc" * 10),
            memoryview(b"xxabcabcabc" * 10)[2:]):
    c = zlib.compress(obj)
    print(type(obj).__name__, c.hex(), zlib.crc32(obj), zlib.adler32(obj), zlib.decompress(bytearray(c))[:9])

# checksums
print(zlib.crc32(b""), zlib.crc32(b"hello"), zlib.crc32(b"hello", 12345), zlib.crc32(b"hello", -1),
      zlib.crc32(b"hello", 2**40 + 5))
print(zlib.adler32(b""), zlib.adler32(b"hello"), zlib.adler32(b"hello", 0), zlib.adler32(b"hello", 2**33 + 7))
run_c, run_a = 0, 1
for i in range(0, len(mixed), 1000):
    run_c = zlib.crc32(mixed[i:i + 1000], run_c)
    run_a = zlib.adler32(mixed[i:i + 1000], run_a)
print("running", run_c == zlib.crc32(mixed), run_a == zlib.adler32(mixed), run_c, run_a)
print("binascii agrees", zlib.crc32(noise) == binascii.crc32(noise))

def err(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print("ok", r if not isinstance(r, bytes) else r[:20])
    except Exception as e:
        print(type(e).__name__, e)

good = zlib.compress(text)
err(zlib.decompress, b"not zlib data")
err(zlib.decompress, good[:-5])
err(zlib.decompress, good[:2])
err(zlib.decompress, b"")
err(zlib.decompress, good[:20] + b"\xff" * 20 + good[40:])
err(zlib.decompress, good + b"trailing garbage")
err(zlib.decompress, good, -15)
err(zlib.decompress, good, 31)
err(zlib.decompress, zlib.compress(text, wbits=31), 15)
err(zlib.decompress, good, 99)
err(zlib.decompress, good, 15, -1)
err(zlib.compress, b"x", 10)
err(zlib.compress, b"x", -2)
err(zlib.compress, b"x", 6, 99)
err(zlib.compress, b"x", 6, -8)
err(zlib.compress, "text")
err(zlib.compress, None)
err(zlib.compress, b"x", 1.5)
err(zlib.compress)
err(zlib.compress, data=b"x")
err(zlib.compress, b"x", foo=1)
err(zlib.crc32)
err(zlib.crc32, "s")
err(zlib.crc32, b"s", 1.0)
err(zlib.crc32, b"s", 1, 2)
err(zlib.adler32, b"s", value=3)
