# io.StringIO: reading, writing, seeking, newline handling, errors.
import io


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, str(e))


s = io.StringIO()
print(s.write("hello"), s.write(" world\n"), s.tell())
print(repr(s.getvalue()))
print(s.seek(0), repr(s.read(5)), s.tell(), repr(s.read()), repr(s.read()))
s.seek(6)
s.write("WORLD")
print(repr(s.getvalue()))
s.seek(20)
s.write("x")
print(repr(s.getvalue()), len(s.getvalue()), s.tell())
print(s.truncate(5), repr(s.getvalue()), s.tell())
s.seek(0, 2)
print(s.tell(), s.seek(0, 1))

# Lines and iteration
s = io.StringIO("one\ntwo\nthree\n\nfive")
print(s.readline(), end="|")
print(s.readline(2), s.readline(-1), end="|")
print(s.readlines())
s.seek(0)
print(list(s))
s.seek(0)
print(s.readlines(5))
s.seek(0)
for i, line in enumerate(s):
    print(i, repr(line))
print(repr(s.readline()), repr(s.read(3)))

# Non-ASCII text: positions are code points
u = io.StringIO("héllo wörld ✓ 𝄞 end")
print(repr(u.read(3)), u.tell(), repr(u.read(10)), u.tell())
u.seek(13)
print(repr(u.read()))
u.seek(1)
u.write("É")
print(repr(u.getvalue()))

# Newline handling
for nl in [None, "", "\n", "\r", "\r\n"]:
    t = io.StringIO("a\nb\r\nc\rd", newline=nl)
    print(repr(nl), repr(t.getvalue()), t.readlines(), t.newlines)
    t = io.StringIO(newline=nl)
    t.write("x\ny\r\nz\r")
    print(repr(nl), repr(t.getvalue()), t.newlines)

# Context manager and close
with io.StringIO("abc") as c:
    print(c.closed, c.read())
print(c.closed)
attempt("read closed", lambda: c.read())
attempt("write closed", lambda: c.write("x"))
attempt("write closed int", lambda: c.write(1))
attempt("getvalue closed", lambda: c.getvalue())
attempt("tell closed", lambda: c.tell())
attempt("seek closed", lambda: c.seek(0))
attempt("readable closed", lambda: c.readable())
attempt("iter closed", lambda: iter(c))
attempt("enter closed", lambda: c.__enter__())
c.close()

# Errors
s = io.StringIO("abc")
attempt("write int", lambda: s.write(5))
attempt("seek neg", lambda: s.seek(-1))
attempt("seek cur", lambda: s.seek(1, 1))
attempt("seek end", lambda: s.seek(1, 2))
attempt("whence", lambda: s.seek(0, 3))
attempt("truncate neg", lambda: s.truncate(-1))
attempt("read str", lambda: s.read("x"))
attempt("read float", lambda: s.read(1.5))
attempt("ctor int", lambda: io.StringIO(1))
attempt("ctor newline", lambda: io.StringIO("", "x"))
attempt("ctor newline type", lambda: io.StringIO("", 1))
attempt("seek str", lambda: s.seek("a"))
attempt("detach", lambda: s.detach())
attempt("fileno", lambda: s.fileno())
print(s.readable(), s.writable(), s.seekable(), s.isatty(), s.line_buffering)
print(s.encoding, s.errors, s.newlines)
print(s.read(None), s.tell())
print(io.StringIO(None).getvalue() == "", io.StringIO(initial_value="kw").read())

# writelines and print(file=)
w = io.StringIO()
w.writelines(["a", "b", "c\n"])
print("printed", 1, 2, sep="-", file=w)
print(repr(w.getvalue()))


# Subclasses
class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())


up = Upper()
up.write("shout")
print(up.getvalue(), isinstance(up, io.StringIO), isinstance(up, io.TextIOBase), isinstance(up, io.IOBase))


class Init(io.StringIO):
    def __init__(self, text):
        super().__init__(text + "!")
        self.extra = 1


i = Init("hey")
print(i.read(), i.extra, type(i).__name__)
print(isinstance(io.StringIO(), io.TextIOBase), issubclass(io.StringIO, io.IOBase))
print(io.StringIO.__name__, io.StringIO.__module__ in ("io", "_io"))
