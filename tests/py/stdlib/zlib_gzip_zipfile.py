# The standard library over zlib, against CPython: gzip.compress/decompress with a fixed
# mtime, gzip.GzipFile on BytesIO (write, read, multi-member, seek), zipfile with ZIP_DEFLATED
# entries of fixed date_time written to and read from BytesIO, and a gzip'd tarfile; the
# hex and CRCs of what they write show it is byte-identical.
import gzip, io, zipfile, tarfile, zlib

text = b"".join(b"%d bottles of beer on the wall, %d bottles of beer.\n" % (i, i) for i in range(99, 0, -1))
bin_data = bytes((i * 7 + i // 13) & 0xFF for i in range(30000))

# gzip one-shot
for level in (0, 1, 6, 9):
    g = gzip.compress(text, compresslevel=level, mtime=0)
    print("gzip", level, len(g), g[:10].hex(), hex(zlib.crc32(g)), gzip.decompress(g) == text)
print("gzip small", gzip.compress(b"hello gzip", mtime=0).hex())
two = gzip.compress(b"member one|", mtime=0) + gzip.compress(b"member two", mtime=12345)
print("multi", gzip.decompress(two))
try:
    gzip.decompress(b"not gzip at all")
except Exception as e:
    print(type(e).__name__, e)
try:
    gzip.decompress(gzip.compress(text, mtime=0)[:-3])
except Exception as e:
    print(type(e).__name__, e)

# GzipFile on BytesIO
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, filename="") as f:
    f.write(text)
    f.write(memoryview(bin_data))
    f.write(bytearray(b"end"))
raw = buf.getvalue()
print("GzipFile", len(raw), raw[:10].hex(), hex(zlib.crc32(raw)))
with gzip.GzipFile(fileobj=io.BytesIO(raw)) as f:
    first = f.read(100)
    f.seek(5000)
    mid = f.read(10)
    f.seek(0)
    everything = f.read()
print("read back", first[:30], mid, everything == text + bin_data + b"end")
with gzip.GzipFile(fileobj=io.BytesIO(raw)) as f:
    lines = [f.readline() for _ in range(3)]
print("lines", lines)
with gzip.open(io.BytesIO(raw), "rb") as f:
    print("gzip.open", len(f.read()))
tbuf = io.BytesIO()
with gzip.GzipFile(fileobj=tbuf, mode="wb", mtime=0) as raw_f:
    with io.TextIOWrapper(raw_f, encoding="utf-8") as tf:
        tf.write("héllo\nwörld\n")
print("text mode", tbuf.getvalue().hex())
with gzip.open(io.BytesIO(tbuf.getvalue()), "rt", encoding="utf-8") as tf:
    print(tf.read().splitlines())

# zipfile with deflate
zbuf = io.BytesIO()
with zipfile.ZipFile(zbuf, "w", compression=zipfile.ZIP_DEFLATED) as z:
    for name, data, level in (("a.txt", text, None), ("dir/b.bin", bin_data, 9), ("empty", b"", None),
                              ("c.txt", b"short", 1)):
        info = zipfile.ZipInfo(name, date_time=(2020, 1, 2, 3, 4, 6))
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o644 << 16
        z.writestr(info, data, compresslevel=level)
    stored = zipfile.ZipInfo("stored.txt", date_time=(2021, 5, 6, 7, 8, 10))
    z.writestr(stored, b"stored data", compress_type=zipfile.ZIP_STORED)
zdata = zbuf.getvalue()
print("zip", len(zdata), hex(zlib.crc32(zdata)))
with zipfile.ZipFile(io.BytesIO(zdata)) as z:
    for info in z.infolist():
        print(" ", info.filename, info.compress_type, info.file_size, info.compress_size, hex(info.CRC), info.date_time)
    print("testzip", z.testzip())
    print(z.read("a.txt") == text, z.read("dir/b.bin") == bin_data, z.read("empty"), z.read("c.txt"))
    with z.open("a.txt") as f:
        print("open", f.read(20), f.readline())
# streaming write through ZipFile.open
sbuf = io.BytesIO()
with zipfile.ZipFile(sbuf, "w", zipfile.ZIP_DEFLATED) as z:
    info = zipfile.ZipInfo("streamed.txt", date_time=(2022, 12, 31, 23, 59, 58))
    info.compress_type = zipfile.ZIP_DEFLATED
    with z.open(info, "w") as f:
        for i in range(100):
            f.write(b"chunk %d\n" % i)
print("zip stream", len(sbuf.getvalue()), hex(zlib.crc32(sbuf.getvalue())))
with zipfile.ZipFile(sbuf) as z:
    print(z.read("streamed.txt").count(b"\n"))
bad = bytearray(zdata)
bad[60] ^= 0xFF
try:
    with zipfile.ZipFile(io.BytesIO(bytes(bad))) as z:
        z.read("a.txt")
    print("no error")
except Exception as e:
    print(type(e).__name__, e)

# tarfile, gzip'd
tbuf = io.BytesIO()
with tarfile.open(fileobj=tbuf, mode="w:gz") as tar:
    for name, data in (("x.txt", text), ("y.bin", bin_data[:1000])):
        ti = tarfile.TarInfo(name)
        ti.size = len(data)
        ti.mtime = 1600000000
        ti.mode = 0o644
        ti.uname = ti.gname = "user"
        tar.addfile(ti, io.BytesIO(data))
tdata = tbuf.getvalue()
print("tar.gz", len(tdata), tdata[:4].hex(), gzip.decompress(tdata)[:5])
with tarfile.open(fileobj=io.BytesIO(tdata), mode="r:gz") as tar:
    for m in tar.getmembers():
        print(" ", m.name, m.size, m.mtime, tar.extractfile(m).read()[:12])
with tarfile.open(fileobj=io.BytesIO(tdata)) as tar:
    print("auto", tar.getnames())
