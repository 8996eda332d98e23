# tempfile: TemporaryDirectory, NamedTemporaryFile, mkstemp/mkdtemp, SpooledTemporaryFile rollover, TemporaryFile.
import os, tempfile, stat

print(tempfile.gettempprefix(), type(tempfile.gettempdir()).__name__, type(tempfile.gettempdirb()).__name__)
with tempfile.TemporaryDirectory(prefix="pre_", suffix="_suf") as d:
    base = os.path.basename(d)
    print(base.startswith("pre_"), base.endswith("_suf"), os.path.isdir(d), oct(stat.S_IMODE(os.stat(d).st_mode)))

    fd, path = tempfile.mkstemp(suffix=".dat", prefix="m_", dir=d)
    os.write(fd, b"hello mkstemp")
    os.close(fd)
    name = os.path.basename(path)
    print(name.startswith("m_"), name.endswith(".dat"), os.path.dirname(path) == d, open(path, "rb").read(),
          oct(stat.S_IMODE(os.stat(path).st_mode)))
    fd, bpath = tempfile.mkstemp(dir=d.encode(), prefix=b"b_")
    os.close(fd)
    print(type(bpath).__name__, os.path.basename(bpath).startswith(b"b_"))
    sub = tempfile.mkdtemp(dir=d, prefix="sub")
    print(os.path.isdir(sub), os.path.basename(sub).startswith("sub"), oct(stat.S_IMODE(os.stat(sub).st_mode)))
    tmp_name = tempfile.mktemp(dir=d)
    print(os.path.dirname(tmp_name) == d, os.path.exists(tmp_name))

    with tempfile.NamedTemporaryFile("w+", dir=d, suffix=".txt", delete=True) as f:
        f.write("line1\nline2\n")
        f.flush()
        f.seek(0)
        print(f.read().split(), f.name.endswith(".txt"), os.path.exists(f.name), f.mode, hasattr(f, "file"))
        nm = f.name
    print("deleted after close:", not os.path.exists(nm))
    with tempfile.NamedTemporaryFile(dir=d, delete=False) as f:
        f.write(b"\x00\x01keep")
        kept = f.name
    print("kept:", os.path.exists(kept), open(kept, "rb").read())
    names = set()
    for _ in range(20):
        fd, p = tempfile.mkstemp(dir=d)
        os.close(fd)
        names.add(p)
    print("unique names:", len(names), all(len(os.path.basename(n)) == len("tmp") + 8 for n in names))
    print(sorted(len(n) for n in os.listdir(d))[:1], len(os.listdir(d)))

with tempfile.TemporaryFile("w+b") as f:
    f.write(b"abc" * 10)
    f.seek(3)
    print(f.read(6), f.tell())

s = tempfile.SpooledTemporaryFile(max_size=16, mode="w+b")
s.write(b"0123456789")
print(s._rolled, s.tell())
s.write(b"abcdefghij")
print(s._rolled, s.tell())
s.seek(0)
print(s.read(), s.closed)
s.close()
print(s.closed)
t = tempfile.SpooledTemporaryFile(max_size=100, mode="w+")
t.write("héllo\nworld\n")
t.seek(0)
print(t.readline(), repr(t.read()), t._rolled)
t.rollover()
print(t._rolled, t.mode)
t.seek(0)
print(t.readlines())
t.close()

d = tempfile.TemporaryDirectory()
path = d.name
with open(os.path.join(path, "f"), "w") as fh:
    fh.write("x")
os.mkdir(os.path.join(path, "nested"))
d.cleanup()
print("cleanup removes tree:", not os.path.exists(path))
d.cleanup()
print("second cleanup ok")
try:
    tempfile.mkstemp(dir=os.path.join(path, "missing"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
