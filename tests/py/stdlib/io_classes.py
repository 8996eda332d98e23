# The io module's classes: abstract bases, Python subclasses, layering, TextIOWrapper over
# BytesIO, IncrementalNewlineDecoder, BufferedRWPair.
import io
print(io.IOBase, io.RawIOBase, io.TextIOBase, io.UnsupportedOperation, io.SEEK_END)
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase))
f = open('io_classes.py'); print(isinstance(f, io.TextIOBase), isinstance(f.buffer, io.BufferedIOBase), isinstance(f.buffer.raw, io.RawIOBase)); f.close()
print(open is io.open, io.open is __import__('_io').open)
class R(io.RawIOBase):
    def __init__(self, data): self.data = data; self.pos = 0
    def readable(self): return True
    def readinto(self, b):
        n = min(len(b), 3, len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos+n]; self.pos += n; return n
r = R(b"abcdefgh\nij\n")
print(r.read(2), r.readline(), r.read(), r.closed)
r.close(); print(r.closed)
br = io.BufferedReader(R(b"line1\nline2\nxyz"))
print(br.readline(), br.read(3), br.read())
t = io.TextIOWrapper(io.BufferedReader(R("héllo\nwörld\n".encode())), encoding='utf-8')
print(list(t))
print(io.UnsupportedOperation.__mro__)
try:
    io.StringIO().fileno()
except OSError as e:
    print("OSError caught", type(e).__name__)
except ValueError as e:
    print("ValueError caught")


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, str(e))


# Default implementations of the abstract bases
raw = io.RawIOBase()
attempt("raw read", lambda: raw.read(1))
attempt("raw readall", lambda: raw.readall())
attempt("raw write", lambda: raw.write(b"x"))
attempt("raw seek", lambda: raw.seek(0))
attempt("raw tell", lambda: raw.tell())
attempt("raw truncate", lambda: raw.truncate())
attempt("raw fileno", lambda: raw.fileno())
attempt("raw checkReadable", lambda: raw._checkReadable())
attempt("raw checkWritable", lambda: raw._checkWritable())
attempt("raw checkSeekable", lambda: raw._checkSeekable())
print(raw.readable(), raw.writable(), raw.seekable(), raw.isatty(), raw.closed)
bb = io.BufferedIOBase()
for name in ["read", "read1", "detach"]:
    attempt("buffered " + name, getattr(bb, name))
attempt("buffered write", lambda: bb.write(b""))
tb = io.TextIOBase()
for name in ["read", "readline", "detach"]:
    attempt("text " + name, getattr(tb, name))
attempt("text write", lambda: tb.write(""))
print(tb.encoding, tb.newlines, tb.errors)
tb.close()
print(tb.closed)
attempt("closed flush", lambda: tb.flush())
attempt("closed iter", lambda: iter(tb))
attempt("closed enter", lambda: tb.__enter__())
attempt("closed readlines", lambda: tb.readlines())
attempt("closed writelines", lambda: tb.writelines([]))
attempt("closed isatty", lambda: tb.isatty())


class Lines(io.TextIOBase):
    def __init__(self, lines):
        self.lines = list(lines)

    def readable(self):
        return True

    def readline(self):
        return self.lines.pop(0) if self.lines else ""


print(list(Lines(["a\n", "b\n"])), Lines(["x\n", "y"]).readlines())
with Lines(["q"]) as ln:
    print(ln.readline(), ln.closed)
print(ln.closed)


class Sink(io.RawIOBase):
    def __init__(self):
        self.chunks = []

    def writable(self):
        return True

    def write(self, b):
        self.chunks.append(bytes(b))
        return len(b)


sink = Sink()
bw = io.BufferedWriter(sink, buffer_size=4)
bw.write(b"ab")
print(sink.chunks)
bw.write(b"cdef")
print(sink.chunks)
bw.flush()
print(sink.chunks, bw.closed)
bw.close()
print(bw.closed, sink.closed)

# TextIOWrapper over BytesIO
b = io.BytesIO()
t = io.TextIOWrapper(b, encoding="utf-8", newline="\r\n")
print(t.write("one\ntwo\n"), b.getvalue())
t.flush()
print(b.getvalue(), t.encoding, t.errors, t.line_buffering, t.buffer is b)
t.seek(0)
print(repr(t.read()))
t2 = io.TextIOWrapper(io.BytesIO(b"a\r\nb\rc\n"))
print(t2.readlines(), t2.newlines, t2.tell())
t3 = io.TextIOWrapper(io.BytesIO(), line_buffering=True)
t3.write("no newline")
print(t3.buffer.getvalue())
t3.write(" now\n")
print(t3.buffer.getvalue())
d = t3.detach()
print(type(d).__name__)
attempt("detached read", lambda: t3.read())
attempt("detached repr", lambda: repr(t3))
attempt("bad newline", lambda: io.TextIOWrapper(io.BytesIO(), newline="x"))
attempt("bad encoding", lambda: io.TextIOWrapper(io.BytesIO(), encoding="no-such-codec"))
attempt("encoding type", lambda: io.TextIOWrapper(io.BytesIO(), encoding=1))
attempt("no mode", lambda: io.TextIOWrapper(io.BytesIO()).mode)
print(repr(io.TextIOWrapper(io.BytesIO(), encoding="latin-1")))
t4 = io.TextIOWrapper(io.BytesIO("\u00e9t\u00e9\n".encode("utf-16")), encoding="utf-16")
print(repr(t4.read()))
t5 = io.TextIOWrapper(io.BytesIO(b"\xef\xbb\xbfbom text"), encoding="utf-8-sig")
print(repr(t5.read()), t5.tell())

# IncrementalNewlineDecoder
dec = io.IncrementalNewlineDecoder(None, translate=True)
print(repr(dec.decode("a\r")), repr(dec.decode("\nb\r")), repr(dec.decode("c", final=True)), dec.newlines)
print(dec.getstate())
dec.reset()
print(dec.newlines, repr(dec.decode("x\r")), dec.getstate())
dec2 = io.IncrementalNewlineDecoder(None, translate=False)
print(repr(dec2.decode("p\r\nq\n")), dec2.newlines)

# BufferedRWPair
pair = io.BufferedRWPair(io.BytesIO(b"incoming"), io.BytesIO())
print(pair.read(2), pair.peek(1)[:1], pair.read(), pair.write(b"out"), pair.readable(), pair.writable(), pair.closed)
