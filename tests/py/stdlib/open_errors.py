# open() argument checking and the OSError subclasses raised for missing files, directories
# and existing files, with CPython's messages and attributes.
from posix import getpid, remove

# Unique names: other runs of the corpus may share this folder. Printed text hides the tag.
TAG = "_%d" % getpid()
_print = print


def print(*args, **kw):
    _print(*(a.replace(TAG, "") if isinstance(a, str) else a for a in args), **kw)


NAME = "_io_test_tmp_errors%s.txt" % TAG


def attempt(label, f):
    try:
        r = f()
        print(label, "ok", type(r).__name__)
        r.close()
    except Exception as e:
        print(label, type(e).__name__, str(e))
        if isinstance(e, OSError) and not type(e).__name__ == "UnsupportedOperation":
            print("   ", e.errno, e.strerror, repr(e.filename), e.args)


with open(NAME, "w") as f:
    f.write("exists\n")

attempt("missing", lambda: open("_io_test_no_such_file.txt"))
attempt("missing dir", lambda: open("_io_no_such_dir/x.txt", "w"))
attempt("directory", lambda: open("."))
attempt("directory w", lambda: open(".", "w"))
attempt("exists x", lambda: open(NAME, "x"))
attempt("bytes name", lambda: open(b"_io_test_no_such_file.txt", "rb"))
attempt("mode rr", lambda: open(NAME, "rr"))
attempt("mode rw", lambda: open(NAME, "rw"))
attempt("mode bt", lambda: open(NAME, "bt"))
attempt("mode U", lambda: open(NAME, "U"))
attempt("mode q", lambda: open(NAME, "q"))
attempt("mode empty", lambda: open(NAME, ""))
attempt("mode b", lambda: open(NAME, "b"))
attempt("mode +", lambda: open(NAME, "+"))
attempt("mode r++", lambda: open(NAME, "r++"))
attempt("binary encoding", lambda: open(NAME, "rb", encoding="utf-8"))
attempt("binary errors", lambda: open(NAME, "rb", errors="strict"))
attempt("binary newline", lambda: open(NAME, "rb", newline=""))
attempt("mode type", lambda: open(NAME, 1))
attempt("file list", lambda: open([]))
attempt("file float", lambda: open(1.5))
attempt("file None", lambda: open(None))
attempt("unbuffered text", lambda: open(NAME, "r", 0))
attempt("bad newline", lambda: open(NAME, newline="x"))
attempt("bad encoding", lambda: open(NAME, encoding="no-such-codec"))
attempt("encoding type", lambda: open(NAME, encoding=5))
attempt("buffering str", lambda: open(NAME, buffering="x"))
attempt("closefd name", lambda: open(NAME, closefd=False))
attempt("bad kwarg", lambda: open(NAME, bogus=1))
attempt("no args", lambda: open())
attempt("embedded null", lambda: open("a\0b"))

with open(NAME) as f:
    try:
        f.write("x")
    except Exception as e:
        print("write on r:", type(e).__name__, e)
    try:
        f.write(b"x")
    except Exception as e:
        print("bytes to text:", type(e).__name__, e)
    try:
        f.read("x")
    except Exception as e:
        print("read str:", type(e).__name__, e)
with open(NAME, "w") as f:
    for call in [lambda: f.read(), lambda: f.readline(), lambda: f.readlines(), lambda: next(f)]:
        try:
            call()
        except Exception as e:
            print("read on w:", type(e).__name__, e)
    for args in [(1, 1), (1, 2), (0, 4), (-1,)]:
        try:
            f.seek(*args)
        except Exception as e:
            print("seek", args, type(e).__name__, e)

f = open(NAME)
f.close()
for name in ["read", "readline", "readlines", "tell", "flush", "fileno", "isatty", "readable", "writable", "seekable"]:
    try:
        getattr(f, name)()
    except Exception as e:
        print("closed", name, type(e).__name__, e)
for call in [lambda: f.seek(0), lambda: f.write("x"), lambda: next(f), lambda: iter(f), lambda: f.__enter__()]:
    try:
        call()
    except Exception as e:
        print("closed call:", type(e).__name__, e)
print(f.closed, f.name, f.encoding, f.errors, f.newlines, f.close())

# The exception hierarchy
import io
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
try:
    open("_io_test_no_such_file.txt")
except OSError as e:
    print("caught as OSError:", type(e).__name__, isinstance(e, FileNotFoundError))
try:
    open(NAME, "x")
except FileExistsError as e:
    print("caught FileExistsError")

remove(NAME)
