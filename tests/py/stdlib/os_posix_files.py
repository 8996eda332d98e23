# The posix module directly: files and directories in a scratch directory the test makes and
# removes, stat results, file descriptors, scandir/DirEntry, errors and their messages.
import posix
import errno

# A directory name of this process's own, so that concurrent runs do not collide; printed
# messages show it as <dir>.
base = "_posix_scratch_%d" % posix.getpid()

def clean(x):
    return str(x).replace(base, "<dir>")

posix.mkdir(base)
print(base in posix.listdir("."), base.encode() in posix.listdir(b"."))

def write_file(path, data, flags=posix.O_WRONLY | posix.O_CREAT | posix.O_TRUNC):
    fd = posix.open(path, flags, 0o644)
    try:
        return posix.write(fd, data)
    finally:
        posix.close(fd)

print(write_file(base + "/a.txt", b"hello world\n"))
print(write_file(base + "/b.bin", bytes(range(256))))
print(write_file(base + "/a.txt", b"more\n", posix.O_WRONLY | posix.O_APPEND))
posix.mkdir(base + "/sub")
print(write_file(base + "/sub/inner.txt", b""))

print(sorted(posix.listdir(base)))
print(sorted(posix.listdir(base.encode())))
print(posix.listdir(base + "/sub"))

# stat results
st = posix.stat(base + "/a.txt")
print(type(st).__name__, type(st).__module__, isinstance(st, tuple), len(st))
print(st.st_size, st[6], oct(st.st_mode & 0o7777), st.st_nlink)
print(st.st_mode == st[0], st.st_ino == st[1], st.st_dev == st[2], st[7] == int(st.st_atime))
print(type(st.st_mtime).__name__, type(st[8]).__name__, type(st.st_mtime_ns).__name__)
print(st.st_mtime_ns // 10**9 == st[8], st.st_blksize > 0, st.st_blocks >= 0, st.st_rdev)
print(posix.stat_result.n_fields, posix.stat_result.n_sequence_fields, posix.stat_result.n_unnamed_fields)
print(posix.stat_result.__match_args__)
print(posix.stat(base + "/sub").st_mode & 0o170000 == 0o040000)
print(posix.lstat(base + "/b.bin").st_size, posix.stat(base.encode() + b"/b.bin").st_size)
mode, ino, dev, nlink, uid, gid, size, at, mt, ct = posix.stat(base + "/b.bin")
print(size, nlink)
try:
    st.st_size = 5
except AttributeError as e:
    print("AttributeError", e)
fake = posix.stat_result(tuple(range(10)))
print(fake, fake.st_atime, fake.st_mtime_ns)
print(posix.stat_result(tuple(range(13))).st_atime, posix.stat_result(range(10), {"st_blksize": 77}).st_blksize)
for bad in [(1, 2), tuple(range(20)), 5]:
    try:
        posix.stat_result(bad)
    except TypeError as e:
        print("TypeError", e)
ts = posix.terminal_size((80, 24))
print(ts, ts.columns, ts.lines, ts[0], tuple(ts), ts == (80, 24))
try:
    posix.terminal_size((1, 2, 3))
except TypeError as e:
    print("TypeError", e)

# file descriptors
fd = posix.open(base + "/a.txt", posix.O_RDONLY)
print(posix.read(fd, 5), posix.lseek(fd, 0, 1), posix.read(fd, 100), posix.read(fd, 10))
print(posix.lseek(fd, 6, 0), posix.read(fd, 5), posix.lseek(fd, -5, 2), posix.read(fd, 100))
print(posix.fstat(fd).st_size, posix.isatty(fd), posix.get_inheritable(fd))
fd2 = posix.dup(fd)
print(fd2 != fd, posix.lseek(fd2, 0, 1))
posix.close(fd2)
posix.close(fd)
for f in (lambda: posix.read(fd, 1), lambda: posix.close(fd), lambda: posix.fstat(fd), lambda: posix.lseek(fd, 0, 0)):
    try:
        f()
    except OSError as e:
        print(type(e).__name__, e.errno == errno.EBADF, e.filename)
r, w = posix.pipe()
print(posix.write(w, b"through the pipe"), posix.read(r, 7), posix.read(r, 100))
posix.close(r)
posix.close(w)
fd = posix.open(base + "/b.bin", posix.O_RDWR)
posix.ftruncate(fd, 10)
print(posix.fstat(fd).st_size)
posix.close(fd)
posix.truncate(base + "/b.bin", 3)
print(posix.stat(base + "/b.bin").st_size)

# rename, replace, remove
posix.rename(base + "/b.bin", base + "/c.bin")
posix.replace(base + "/c.bin", base + "/a.txt")
print(sorted(posix.listdir(base)), posix.stat(base + "/a.txt").st_size)
posix.chmod(base + "/a.txt", 0o600)
print(oct(posix.stat(base + "/a.txt").st_mode & 0o777))
posix.utime(base + "/a.txt", (1000000000, 1500000000.25))
st = posix.stat(base + "/a.txt")
print(st.st_atime, st.st_mtime, st[8], st.st_mtime_ns)
posix.utime(base + "/a.txt", ns=(5 * 10**9 + 1, 7 * 10**9 + 999))
print(posix.stat(base + "/a.txt").st_mtime_ns)
print(posix.access(base + "/a.txt", posix.F_OK), posix.access(base + "/nope", posix.F_OK),
      posix.access(base + "/a.txt", posix.R_OK | posix.W_OK))
posix.symlink("a.txt", base + "/link")
print(posix.readlink(base + "/link"), posix.readlink(base.encode() + b"/link"))
print(posix.lstat(base + "/link").st_mode & 0o170000 == 0o120000, posix.stat(base + "/link").st_size)

# scandir
with posix.scandir(base) as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(repr(e), e.name, clean(e.path), e.is_dir(), e.is_file(), e.is_symlink(), e.is_dir(follow_symlinks=False),
          e.is_file(follow_symlinks=False), e.stat().st_size == posix.stat(e.path).st_size,
          e.inode() == posix.lstat(e.path).st_ino, posix.fspath(e) == e.path)
print([e.name for e in sorted(posix.scandir(base.encode()), key=lambda e: e.name)])
it = posix.scandir(base)
first = next(it)
it.close()
print(list(it))
print(type(it).__name__, type(first).__name__, posix.DirEntry)
try:
    first.is_dir(True)
except TypeError as e:
    print("TypeError", e)
try:
    posix.DirEntry()
except TypeError as e:
    print("TypeError", e)

# errors
def show(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, clean(e), getattr(e, "errno", None), clean(getattr(e, "filename", None)),
              clean(getattr(e, "filename2", None)))

show(lambda: posix.stat(base + "/missing"))
show(lambda: posix.stat(base.encode() + b"/missing"))
show(lambda: posix.open(base + "/missing", posix.O_RDONLY))
show(lambda: posix.mkdir(base))
show(lambda: posix.rmdir(base))
show(lambda: posix.rmdir(base + "/a.txt"))
show(lambda: posix.unlink(base + "/sub"))
show(lambda: posix.listdir(base + "/a.txt"))
show(lambda: posix.listdir(base + "/missing"))
show(lambda: posix.rename(base + "/missing", base + "/other"))
show(lambda: posix.chdir(base + "/missing"))
show(lambda: posix.open(base + "/a.txt", posix.O_CREAT | posix.O_EXCL | posix.O_WRONLY))
show(lambda: posix.readlink(base + "/a.txt"))
show(lambda: posix.stat("bad\0name"))
show(lambda: posix.stat(b"bad\0name"))
show(lambda: posix.stat(["x"]))
show(lambda: posix.listdir(3.5))
show(lambda: posix.mkdir(None))
show(lambda: posix.stat())
show(lambda: posix.stat("a", "b"))
show(lambda: posix.stat("a", bogus=1))
show(lambda: posix.open("x"))
show(lambda: posix.read(0))
show(lambda: posix.read("x", 1))
show(lambda: posix.close(2**70))
show(lambda: posix.rename(base + "/a.txt", (base + "/mixed").encode()))
show(lambda: posix.rename(base + "/mixed", base + "/a.txt"))
show(lambda: posix.mkdir(base + "/q", 0o777, None, 4))

# the cwd
here = posix.getcwd()
posix.chdir(base)
print(sorted(posix.listdir()), posix.getcwd() == here + "/" + base, type(posix.getcwdb()).__name__)
posix.chdir("..")
print(posix.getcwd() == here)

# cleanup
for n in posix.listdir(base + "/sub"):
    posix.remove(base + "/sub/" + n)
posix.rmdir(base + "/sub")
for n in posix.listdir(base):
    posix.unlink(base + "/" + n)
posix.rmdir(base)
print(base in posix.listdir("."))
