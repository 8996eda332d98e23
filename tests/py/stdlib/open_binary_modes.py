# open() in binary mode: rb/wb/ab/xb and the + modes, buffering, seek/tell, raw FileIO.
from posix import getpid, remove

# Unique names: other runs of the corpus may share this folder. Printed text hides the tag.
TAG = "_%d" % getpid()
_print = print


def print(*args, **kw):
    _print(*(a.replace(TAG, "") if isinstance(a, str) else a for a in args), **kw)


NAME = "_io_test_tmp_binary%s.bin" % TAG
NAME2 = "_io_test_tmp_binary_x%s.bin" % TAG


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, str(e))


data = bytes(range(256)) * 40
with open(NAME, "wb") as f:
    print(type(f).__name__, f.mode, f.name, f.writable(), f.readable(), f.seekable())
    print(f.write(data[:100]), f.write(bytearray(data[100:])), f.tell())
with open(NAME, "rb") as f:
    print(type(f).__name__, f.mode)
    back = f.read()
    print(len(back), back == data, f.read(), f.tell())
with open(NAME, "rb") as f:
    print(f.read(3), f.tell(), f.read1(2), f.peek(2)[:2], f.tell())
    print(f.seek(250), f.read(10), f.seek(-3, 2), f.read(), f.seek(-5, 1), f.read(2), f.tell())
    buf = bytearray(5)
    f.seek(0)
    print(f.readinto(buf), buf)

lines = b"alpha\nbeta\r\ngamma\n\ndelta"
with open(NAME, "wb") as f:
    f.write(lines)
with open(NAME, "rb") as f:
    print(f.readline(), f.readline(3), f.readline(), f.readlines())
with open(NAME, "rb") as f:
    print(list(f))
with open(NAME, "rb") as f:
    print(f.readlines(8))

# append and exclusive creation
with open(NAME, "ab") as f:
    print(f.mode, f.tell(), f.write(b"!"), f.tell())
with open(NAME, "rb") as f:
    print(f.read())
with open(NAME2, "xb") as f:
    print(f.mode, f.write(b"new"))
attempt("xb again", lambda: open(NAME2, "xb"))

# + modes
with open(NAME, "w+b") as f:
    print(type(f).__name__, f.mode, f.write(b"0123456789"), f.seek(0), f.read(4), f.tell())
    f.write(b"XY")
    print(f.tell(), f.seek(0), f.read())
    f.seek(2)
    f.write(b"__")
    f.seek(0)
    print(f.read(), f.truncate(5), f.seek(0), f.read())
with open(NAME, "r+b") as f:
    print(f.mode, f.read(2), f.write(b"ab"), f.seek(0), f.read())
with open(NAME, "a+b") as f:
    print(f.mode, f.tell(), f.read(), f.write(b"Z"), f.seek(0), f.read())

# unbuffered and small buffers
with open(NAME, "wb", buffering=0) as f:
    print(type(f).__name__, f.mode, f.write(b"raw bytes"), f.closefd, repr(f).startswith("<_io.FileIO name="))
with open(NAME, "rb", buffering=0) as f:
    print(f.read(3), f.readall(), f.read(), f.tell())
with open(NAME, "rb", buffering=4) as f:
    print(f.read(2), f.read(5), f.read())
with open(NAME, "wb", buffering=3) as f:
    for i in range(10):
        f.write(b"%d," % i)
with open(NAME, "rb") as f:
    print(f.read())

# FileIO directly, and through a file descriptor
raw = open(NAME, "rb", buffering=0)
fd = raw.fileno()
print(isinstance(fd, int), raw.name == NAME, raw.readable(), raw.writable(), raw.seekable(), raw.isatty())
raw.close()
print(raw.closed, repr(raw))
attempt("closed read", lambda: raw.read())
attempt("closed fileno", lambda: raw.fileno())

f = open(NAME, "rb")
print(repr(f), f.raw.mode, f.closed)
f.close()
print(repr(f), f.closed)
for name in ["read", "readline", "peek", "read1", "tell", "fileno", "seekable", "readable", "isatty", "flush"]:
    attempt("closed " + name, getattr(f, name))
attempt("closed seek", lambda: f.seek(0))
attempt("closed next", lambda: next(f))

w = open(NAME, "wb")
attempt("read on wb", lambda: w.read())
attempt("readline on wb", lambda: w.readline())
attempt("write str", lambda: w.write("text"))
w.close()
attempt("write closed", lambda: w.write(b"x"))
r = open(NAME, "rb")
attempt("write on rb", lambda: r.write(b"x"))
attempt("truncate on rb", lambda: r.truncate())
attempt("negative read", lambda: r.read(-2))
attempt("bad whence", lambda: r.seek(0, 5))
attempt("negative seek", lambda: r.seek(-1))
r.close()

remove(NAME)
remove(NAME2)
