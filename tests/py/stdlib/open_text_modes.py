# open() in text mode: every mode, encodings, newline translation, seek/tell, iteration.
from posix import getpid, remove

# Unique names: other runs of the corpus may share this folder. Printed text hides the tag.
TAG = "_%d" % getpid()
_print = print


def print(*args, **kw):
    _print(*(a.replace(TAG, "") if isinstance(a, str) else a for a in args), **kw)


NAME = "_io_test_tmp_text%s.txt" % TAG


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, str(e))


with open(NAME, "w") as f:
    print(f.name, f.mode, f.encoding, f.closed, f.readable(), f.writable(), f.seekable())
    print(f.write("first line\n"), f.write("second: héllo ✓\n"), f.write("third"))
    print(f.tell())
print(f.closed)

with open(NAME) as f:
    print(repr(f.read()))
with open(NAME, "r") as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open(NAME, "rt", encoding="utf-8") as f:
    print(f.readlines())
with open(NAME) as f:
    print([line.rstrip("\n") for line in f])
with open(NAME) as f:
    print(repr(f.read(5)), f.tell(), repr(f.read(16)), f.tell(), repr(f.readline()), f.tell())
    f.seek(0)
    print(repr(f.readline(3)), repr(f.readline(100)))
    print(f.seek(0, 2), repr(f.read()), f.seek(11), repr(f.readline()))

# Append mode and exclusive creation
with open(NAME, "a") as f:
    print(f.tell(), f.write("\nfourth\n"))
with open(NAME) as f:
    print(f.read().splitlines())
attempt("x existing", lambda: open(NAME, "x"))

# w+ / r+ / a+
with open(NAME, "w+") as f:
    f.write("alpha\nbeta\n")
    print(f.tell(), f.seek(0), repr(f.read()))
    f.seek(0)
    print(repr(f.readline()))
with open(NAME, "r+") as f:
    print(repr(f.read(3)), f.tell())
    f.seek(0)
    f.write("ALP")
    f.seek(0)
    print(repr(f.read()))
with open(NAME, "a+") as f:
    print(f.tell(), repr(f.read()))
    f.write("gamma\n")
    f.seek(0)
    print(repr(f.read()))

# Newline translation on read
with open(NAME, "wb") as f:
    f.write(b"a\r\nb\rc\nd\r\n\r\ne")
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(NAME, newline=nl) as f:
        lines = f.readlines()
        print(repr(nl), lines, f.newlines)
with open(NAME) as f:
    print(repr(f.read()))
with open(NAME) as f:
    print(repr(f.read(2)), repr(f.read(2)), repr(f.read(3)))

# Newline translation on write
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(NAME, "w", newline=nl) as f:
        f.write("x\ny\r\nz\rw")
    with open(NAME, "rb") as f:
        print(repr(nl), f.read())

# Encodings
for enc in ["utf-8", "latin-1", "ascii", "utf-16", "utf-8-sig", "UTF8", "iso-8859-1"]:
    text = "caf\xe9 na\xefve" if enc not in ("ascii",) else "plain text"
    with open(NAME, "w", encoding=enc) as f:
        f.write(text)
        f.write("\nline two\n")
    with open(NAME, "rb") as f:
        raw = f.read()
    with open(NAME, encoding=enc) as f:
        back = f.read()
    print(enc, raw, back == text + "\nline two\n", f.encoding)

with open(NAME, "w", encoding="ascii") as f:
    attempt("ascii encode", lambda: f.write("caf\xe9"))
with open(NAME, "w", encoding="ascii", errors="replace") as f:
    f.write("caf\xe9")
with open(NAME, "rb") as f:
    print(f.read())
with open(NAME, "wb") as f:
    f.write(b"ok \xff\xfe bad")
with open(NAME, encoding="utf-8", errors="replace") as f:
    print(repr(f.read()), f.errors)
with open(NAME, encoding="utf-8", errors="ignore") as f:
    print(repr(f.read()))
with open(NAME, encoding="utf-8", errors="surrogateescape") as f:
    print(repr(f.read()))
with open(NAME, encoding="utf-8") as f:
    attempt("decode error", lambda: f.read())
with open(NAME, encoding="latin-1") as f:
    print(repr(f.read()))

# A multi-byte character split across the read chunk boundary
text = "a" * 8191 + "\u00e9" + "b" * 10 + "\n" + "\u20ac" * 5000 + "\nend"
with open(NAME, "w", encoding="utf-8") as f:
    f.write(text)
with open(NAME, encoding="utf-8") as f:
    print(f.read() == text)
with open(NAME, encoding="utf-8") as f:
    lines = f.readlines()
    print(len(lines), [len(x) for x in lines], lines[0][-13:])
with open(NAME, encoding="utf-8") as f:
    total = 0
    while True:
        chunk = f.read(1000)
        if not chunk:
            break
        total += len(chunk)
    print(total == len(text))

# Many lines
with open(NAME, "w") as f:
    for i in range(3000):
        f.write("line %d\n" % i)
with open(NAME) as f:
    n = 0
    last = None
    for line in f:
        n += 1
        last = line
    print(n, repr(last))
with open(NAME) as f:
    f.readline()
    pos = f.tell()
    second = f.readline()
    f.seek(pos)
    print(pos, second == f.readline())

# print(file=) and writelines
with open(NAME, "w") as f:
    print("via print", 42, file=f)
    f.writelines(["a\n", "b\n"])
with open(NAME) as f:
    print(f.read().split("\n"))

# repr, fileno, buffer
f = open(NAME)
print(repr(f).startswith("<_io.TextIOWrapper name=%r mode='r' encoding=" % NAME))
print(type(f.buffer).__name__, type(f.buffer.raw).__name__, f.buffer.name, f.buffer.raw.mode)
print(isinstance(f.fileno(), int), f.isatty(), f.line_buffering)
f.close()
f.close()
print(repr(f).startswith("<_io.TextIOWrapper name="), f.closed)

remove(NAME)
