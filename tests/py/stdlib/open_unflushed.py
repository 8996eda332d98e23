# Data written to files that are never closed is not lost: the files are flushed and closed
# when they become garbage (here after enough allocation for a collection) and at exit.
from posix import getpid, remove

# Unique names: other runs of the corpus may share this folder. Printed text hides the tag.
TAG = "_%d" % getpid()
_print = print


def print(*args, **kw):
    _print(*(a.replace(TAG, "") if isinstance(a, str) else a for a in args), **kw)


NAME = "_io_test_tmp_unflushed%s.txt" % TAG
BNAME = "_io_test_tmp_unflushed%s.bin" % TAG


def write_without_closing():
    f = open(NAME, "w")
    f.write("unflushed text\n" * 3)
    f.write("é ✓\n")
    g = open(BNAME, "wb")
    g.write(b"unflushed bytes")
    t = open(BNAME + ".2", "w")
    t.write("line buffered? no\n")
    return t


pending = write_without_closing()
junk = None
for i in range(300000):
    junk = [i, i + 1, str(i)]
with open(NAME) as f:
    print(repr(f.read()))
with open(BNAME, "rb") as f:
    print(f.read())
pending.flush()
with open(BNAME + ".2") as f:
    print(repr(f.read()))
pending.close()

for name in (NAME, BNAME, BNAME + ".2"):
    remove(name)
