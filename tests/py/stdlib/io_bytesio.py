# io.BytesIO: reading, writing, seeking, lines, readinto, errors.
import io


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, str(e))


b = io.BytesIO()
print(b.write(b"hello"), b.write(bytearray(b" world\n")), b.tell())
print(b.getvalue())
print(b.seek(0), b.read(5), b.tell(), b.read(), b.read())
b.seek(6)
b.write(b"WORLD")
print(b.getvalue())
b.seek(15)
b.write(b"!")
print(b.getvalue(), b.tell())
print(b.truncate(5), b.getvalue(), b.tell())
print(b.seek(-2, 2), b.read(), b.seek(-100, 1), b.tell(), b.seek(3, 0))
print(b.read1(1), b.read1(), b.read1(-1))

b = io.BytesIO(b"l1\nl2\n\nl4")
print(b.readline(), b.readline(1), b.readline(-1), b.readline(None))
print(b.readlines())
b.seek(0)
print(list(b))
b.seek(0)
print(b.readlines(4))
b.seek(0)
print(b.readlines(None))
b.seek(0)
for line in b:
    print(repr(line))

buf = bytearray(4)
r = io.BytesIO(b"abcdefg")
print(r.readinto(buf), buf, r.readinto(buf), buf, r.readinto(buf))
r.seek(0)
print(r.readinto1(bytearray(2)), r.read(None))

w = io.BytesIO(b"keep")
w.writelines([b"a", bytearray(b"b"), b"c"])
print(w.getvalue())
w.seek(0, 2)
w.writelines([b"Z"])
print(w.getvalue(), w.tell())

print(b.readable(), b.writable(), b.seekable(), b.isatty(), b.flush(), b.closed)

with io.BytesIO(b"data") as c:
    print(c.read(2))
print(c.closed)
for name in ["read", "getvalue", "tell", "readable", "flush", "isatty", "readline", "readlines"]:
    attempt(name + " closed", getattr(c, name))
attempt("write closed", lambda: c.write(b"x"))
attempt("seek closed", lambda: c.seek(0))
attempt("iter closed", lambda: next(c))

b = io.BytesIO(b"abc")
attempt("seek neg", lambda: b.seek(-1))
attempt("whence", lambda: b.seek(0, 3))
attempt("write str", lambda: b.write("x"))
attempt("truncate neg", lambda: b.truncate(-1))
attempt("ctor str", lambda: io.BytesIO("x"))
attempt("read str", lambda: b.read("x"))
attempt("readinto bytes", lambda: b.readinto(b"xx"))
attempt("detach", lambda: b.detach())
attempt("fileno", lambda: b.fileno())
print(io.BytesIO(initial_bytes=b"kw").read(), io.BytesIO(None).getvalue(), io.BytesIO(bytearray(b"ba")).getvalue())


class Counting(io.BytesIO):
    def __init__(self, data=b""):
        super().__init__(data)
        self.writes = 0

    def write(self, data):
        self.writes += 1
        return super().write(data)


cb = Counting(b"xy")
cb.seek(0, 2)
cb.write(b"z")
cb.write(b"!")
print(cb.getvalue(), cb.writes, isinstance(cb, io.BufferedIOBase), isinstance(cb, io.IOBase))

# Large data round trip
big = io.BytesIO()
for i in range(1000):
    big.write(bytes([i % 256]) * 7)
print(len(big.getvalue()), big.tell(), big.getvalue()[6:9], big.getvalue()[-3:])
big.seek(3500)
print(big.read(4), len(big.read()))
