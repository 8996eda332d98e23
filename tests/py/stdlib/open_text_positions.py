# open(): tell/seek across read chunks, PathLike names, descriptors, r+ after a read, utf-16,
# decoding errors past the first chunk, line buffering, universal newlines split by writes.
from posix import getpid, remove


def attempt(label, f):
    try: print(label, repr(f()))
    except Exception as e: print(label, type(e).__name__, str(e))


N = "_io_test_tmp_positions_%d.txt" % getpid()
with open(N, "w") as f:
    for i in range(2000): f.write("ligne %d é\r\n" % i)
f = open(N)
for i in range(700): f.readline()
print(f.tell(), repr(f.readline()))
p = f.tell(); a = f.readline(); f.seek(p); print(a == f.readline(), p)
print(repr(f.read(0)), repr(f.readline(0)), repr(f.readline(4)))
print(len(f.readlines(100)), repr(f.readline()))
f.close()


class P:
    def __fspath__(self): return N


with open(P(), "rb") as g: print(g.read(5), g.name.__class__.__name__)
g = open(N, "rb"); fd = g.fileno()
h = open(fd, "rb", closefd=False); print(h.read(5), h.name == fd, h.raw.closefd); h.close(); print(g.closed, g.read(3)); g.close()
with open(N, "r+", newline="") as f:
    print(repr(f.read(8)))
    f.write("XX")
    print(f.tell())
with open(N, "rb") as f: data = f.read(); print(len(data), data[-12:])
with open(N, "w", encoding="utf-16") as f: f.write("ab\ncd\n")
with open(N, encoding="utf-16") as f: print(repr(f.readline()), f.tell(), repr(f.read()))
with open(N, "wb") as f: f.write(b"x" * 9000 + b"\xff" + b"y")
with open(N) as f: attempt("late error", lambda: f.read())
with open(N) as f: attempt("late error lines", lambda: f.readlines())
with open(N, "a+") as f: print(f.tell(), repr(f.read())); f.seek(0); print(len(f.read(10)))
with open(N, "w") as f:
    f.write("abc\r")
    f.write("\ndef\r")
with open(N, "rb") as f: print(f.read())
with open(N) as f: print(f.readlines(), f.newlines)
with open(N, newline="") as f: print(f.read(4), f.read(1), f.read())
w = open(N, "w", buffering=1); w.write("partial"); 
print(open(N).read()); w.write(" line\n"); print(repr(open(N).read())); w.close()
print(open(N, "w").write(""), repr(open(N).read()))
f = open(N, "w"); print(f.write("abc"), f.tell(), f.seek(0), f.write("Z"), f.tell(), f.seek(0, 2)); f.close(); print(open(N).read())
remove(N)
