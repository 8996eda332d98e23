# OSError's constructor and attributes: errno -> subclass mapping, errno/strerror/filename/
# filename2, the args kept, str(); the errno module's names and errorcode.
import errno

def show(e):
    print(type(e).__name__, repr(str(e)), e.args, e.errno, e.strerror, e.filename, e.filename2)

show(OSError())
show(OSError("message only"))
show(OSError(2, "No such file or directory"))
show(OSError(2, "No such file or directory", "name.txt"))
show(OSError(2, "No such file or directory", "a", None, "b"))
show(OSError(13, "Permission denied", b"bytes-name"))
show(OSError(17, "File exists", None))
show(OSError(1, "x", "f", None, None))
show(OSError(999, "unknown code"))
show(OSError(2, "too", "many", "args", "here", "now"))
show(OSError("2", "string errno"))
show(OSError(None, "none errno"))
show(OSError(2.0, "float errno"))
show(FileNotFoundError(13, "explicit subclass wins"))
show(PermissionError("just text"))

for code in [errno.EPERM, errno.ENOENT, errno.EINTR, errno.ECHILD, errno.EAGAIN, errno.EACCES, errno.EEXIST,
             errno.ENOTDIR, errno.EISDIR, errno.EPIPE, errno.ETIMEDOUT, errno.EINPROGRESS, errno.EALREADY,
             errno.ESHUTDOWN, errno.EINVAL, errno.ENOSPC]:
    e = OSError(code, "m")
    print(code, errno.errorcode[code], type(e).__name__, isinstance(e, OSError))

print(IOError is OSError, EnvironmentError is OSError)
b = BlockingIOError(11, "would block", 5)
print(type(b).__name__, b.args, b.characters_written, b.filename)
e = OSError(2, "msg", "f")
e.errno = 99
e.filename = "g"
print(str(e), e.errno)

class MyError(OSError):
    def __init__(self, code, text):
        super().__init__(code, text, "from-init")
        self.extra = "yes"
m = MyError(2, "custom")
print(type(m).__name__, str(m), m.args, m.filename, m.extra)

class Plain(OSError):
    pass
p = Plain(2, "plain", "file")
print(type(p).__name__, str(p), p.args, p.errno)

try:
    raise OSError(2, "raised", "r.txt")
except FileNotFoundError as exc:
    print("caught", type(exc).__name__, exc)
try:
    OSError(2, "x", nope=1)
except TypeError as exc:
    print("TypeError", exc)

print(errno.ENOENT, errno.EEXIST, errno.EWOULDBLOCK == errno.EAGAIN, errno.errorcode[errno.EAGAIN])
print(errno.errorcode[errno.EDEADLK], errno.errorcode[errno.EOPNOTSUPP], len(errno.errorcode) > 100)
print(sorted(n for n in dir(errno) if n.startswith("EN"))[:8])
