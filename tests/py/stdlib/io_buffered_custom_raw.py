# io.BufferedReader/BufferedWriter over user-defined raw streams: a plain object with
# readinto/readable (as tarfile uses), a RawIOBase subclass, TextIOWrapper on top, and the
# errors for streams that are not readable or writable.
import io
class PlainRaw:
    def __init__(self, data):
        self.data, self.pos, self.closed = data, 0, False
    def readable(self):
        return True
    def seekable(self):
        return False
    def readinto(self, b):
        n = min(len(b), len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n
    def readall(self):
        rest = self.data[self.pos:]
        self.pos = len(self.data)
        return rest
    def close(self):
        self.closed = True
br = io.BufferedReader(PlainRaw(b'line one\nline two\nrest'), buffer_size=4)
print(br.readline(), br.read(4), br.peek(1)[:1], br.read(), br.read())
class Chunky(io.RawIOBase):
    def __init__(self, chunks):
        self.chunks = list(chunks)
        self.written = []
    def readable(self):
        return True
    def writable(self):
        return True
    def readinto(self, b):
        if not self.chunks:
            return 0
        c = self.chunks.pop(0)
        b[:len(c)] = c
        return len(c)
    def write(self, b):
        self.written.append(bytes(b))
        return len(b)
r = io.BufferedReader(Chunky([b'ab', b'cde', b'', b'fg']))
print(r.read(3), r.read(10), r.read())
t = io.TextIOWrapper(io.BufferedReader(Chunky([b'h\xc3', b'\xa9llo\nw', b'orld\n'])), encoding='utf-8')
print(t.readlines())
raw = Chunky([])
w = io.BufferedWriter(raw, buffer_size=8)
w.write(b'12345'); w.write(b'6789'); print(raw.written); w.flush(); print(raw.written)
class NotReadable(PlainRaw):
    def readable(self):
        return False
try:
    io.BufferedReader(NotReadable(b''))
except io.UnsupportedOperation as e:
    print('UnsupportedOperation', e)
class NoWrite(io.RawIOBase):
    def writable(self):
        return False
try:
    io.BufferedWriter(NoWrite())
except io.UnsupportedOperation as e:
    print('UnsupportedOperation', e)
print(io.BufferedReader(io.BytesIO(b'xyz')).read(), isinstance(r, io.BufferedIOBase), r.readable(), r.raw.__class__.__name__)
