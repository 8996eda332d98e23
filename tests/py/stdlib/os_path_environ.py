# os and os.path on a scratch directory the test makes and removes; os.environ on a variable
# the test sets itself; errors from os functions.
import os
import os.path
import sys

print(os.name, os.sep, os.pathsep, os.curdir, os.pardir, os.extsep, os.altsep, os.linesep == "\n", os.devnull)
print(os.path is sys.modules["os.path"], os.path.__name__, os.error is OSError)
print(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.F_OK, os.R_OK, os.W_OK, os.X_OK)

# os.path: pure string functions
for p in ["a/b/c.txt", "/abs/path/", "file", ".hidden", "a.b.c", "/", "", "dir/.bashrc", "x/y.tar.gz", "a//b"]:
    print(repr(p), os.path.split(p), os.path.splitext(p), os.path.basename(p), os.path.dirname(p),
          os.path.isabs(p), os.path.normpath(p) if p else "")
print(os.path.join("a", "b", "c"), os.path.join("/a", "/b", "c"), os.path.join("a/", "b"), os.path.join("", "x"))
print(os.path.join(b"a", b"b"), os.path.splitext(b"x.py"), os.path.basename(b"/q/r"))
print(os.path.normpath("a/./b/../c//d/"), os.path.normpath("/../x"), os.path.normpath("//a"))
print(os.path.commonprefix(["/usr/lib", "/usr/local"]), os.path.commonpath(["/usr/lib", "/usr/local"]))
print(os.path.relpath("/a/b/c", "/a"), os.path.relpath("/a", "/a/b/c"))
print(os.path.expanduser("no_tilde"), os.path.splitdrive("/x/y"), os.path.normcase("AbC"))
try:
    os.path.join("a", b"b")
except TypeError as e:
    print("TypeError", e)
try:
    os.path.join("a", 5)
except TypeError as e:
    print("TypeError", e)

# a scratch tree (a name of this process's own; printed as <dir>)
base = "_os_scratch_%d" % os.getpid()
def clean(x):
    return str(x).replace(base, "<dir>")

os.makedirs(os.path.join(base, "one", "two"))
os.makedirs(os.path.join(base, "one"), exist_ok=True)
try:
    os.makedirs(os.path.join(base, "one"))
except FileExistsError as e:
    print("FileExistsError", clean(e))
with open(os.path.join(base, "data.txt"), "w") as f:
    f.write("some text\n" * 10)
with open(os.path.join(base, "one", "two", "deep.bin"), "wb") as f:
    f.write(b"\x00" * 1234)
print(os.path.exists(base), os.path.isdir(base), os.path.isfile(base), os.path.exists(base + "/nope"))
print(os.path.isfile(os.path.join(base, "data.txt")), os.path.getsize(os.path.join(base, "data.txt")))
print(os.path.getsize(os.path.join(base, "one", "two", "deep.bin")), os.path.islink(base), os.path.ismount("/"))
print(os.path.abspath(base) == os.path.join(os.getcwd(), base), os.path.isabs(os.path.abspath(base)))
print(os.path.realpath(base) == os.path.abspath(base), os.path.samefile(base, os.path.abspath(base)))
print(os.path.getmtime(base) > 0, type(os.path.getmtime(base)).__name__)
print(sorted(os.listdir(base)))
for root, dirs, files in os.walk(base):
    dirs.sort()
    print(clean(root), dirs, sorted(files))
for root, dirs, files in os.walk(base, topdown=False):
    print(clean(root), sorted(dirs), sorted(files))
with os.scandir(base) as it:
    print(sorted((e.name, e.is_dir(), e.is_file()) for e in it))
st = os.stat(os.path.join(base, "data.txt"))
print(st.st_size, isinstance(st, os.stat_result), os.fspath(os.path.join(base, "x")) == base + "/x")

class P:
    def __init__(self, p):
        self.p = p
    def __fspath__(self):
        return self.p
print(os.fspath(P("abc")), os.path.exists(P(base)), os.stat(P(base)).st_size == os.stat(base).st_size)
print(isinstance(P("x"), os.PathLike), issubclass(str, os.PathLike))
try:
    os.fspath(5)
except TypeError as e:
    print("TypeError", e)
try:
    os.fspath(P(5))
except TypeError as e:
    print("TypeError", e)

os.rename(os.path.join(base, "data.txt"), os.path.join(base, "renamed.txt"))
os.replace(os.path.join(base, "renamed.txt"), os.path.join(base, "final.txt"))
print(sorted(os.listdir(base)))
for f in (lambda: os.remove(os.path.join(base, "data.txt")),
          lambda: os.rmdir(os.path.join(base, "one")),
          lambda: os.listdir(os.path.join(base, "final.txt")),
          lambda: open(os.path.join(base, "missing.txt")),
          lambda: os.stat(os.path.join(base, "missing")),
          lambda: os.mkdir(base),
          lambda: os.chdir(os.path.join(base, "final.txt"))):
    try:
        f()
    except OSError as e:
        print(type(e).__name__, e.errno, clean(e.strerror), clean(e.filename), clean(e))

# environ (a variable the test sets itself)
name = "TAIPAN_TEST_VARIABLE"
print(name in os.environ, os.environ.get(name), os.getenv(name, "dflt"))
os.environ[name] = "value one"
print(name in os.environ, os.environ[name], os.getenv(name), os.environb[name.encode()])
os.environ[name] += " and two"
print(os.environ[name])
os.environ.setdefault(name, "ignored")
print(os.environ.pop(name), name in os.environ)
try:
    os.environ[name]
except KeyError as e:
    print("KeyError", e)
try:
    os.environ[name] = 5
except TypeError as e:
    print("TypeError", e)
os.environb[b"TAIPAN_TEST_B"] = b"bytes"
print(os.environ["TAIPAN_TEST_B"])
del os.environ["TAIPAN_TEST_B"]
print("TAIPAN_TEST_B" in os.environ, type(os.environ).__name__, isinstance(os.environ.copy(), dict))

print(os.strerror(2), os.strerror(13), type(os.getpid()).__name__, len(os.urandom(16)), os.urandom(0))
print(os.cpu_count() >= 1, type(os.times()).__name__, len(os.times()), os.times().elapsed > 0)
print(os.uname().sysname, len(os.uname()), os.get_exec_path() != [], os.fsencode("x"), os.fsdecode(b"y"))
try:
    os.urandom(-1)
except ValueError as e:
    print("ValueError", e)
old = os.umask(0o22)
print(os.umask(old) == 0o22)
print(os.waitstatus_to_exitcode(3 << 8), os.waitstatus_to_exitcode(9))

# cleanup
for root, dirs, files in os.walk(base, topdown=False):
    for f in files:
        os.unlink(os.path.join(root, f))
    for d in dirs:
        os.rmdir(os.path.join(root, d))
os.rmdir(base)
print(os.path.exists(base))
