# io.StringIO/BytesIO: read/readline/readlines/seek/tell/truncate/write past end, newline
# handling, iteration, getbuffer, TextIOWrapper over BytesIO with encodings and errors.
import io
s = io.StringIO('line1\nline2\r\nline3\rline4')
print(s.readline(), repr(s.readline()), s.tell(), s.read(3), s.readlines())
s.seek(0); print(list(s))
s2 = io.StringIO('a\r\nb\rc\n', newline=None); print(repr(s2.read()))
s3 = io.StringIO('a\r\nb\rc\n', newline=''); print(s3.readlines())
s4 = io.StringIO(newline='\r\n'); s4.write('x\ny\n'); print(repr(s4.getvalue()))
w = io.StringIO(); w.write('hello world'); w.seek(6); w.write('WORLD!!'); print(w.getvalue(), w.tell())
w.seek(20); w.write('X'); print(repr(w.getvalue()))
w.truncate(5); print(repr(w.getvalue()), w.tell()); w.seek(0, io.SEEK_END); print(w.tell())
print(io.StringIO('abc').read(0), io.StringIO('abc').read(-1), io.StringIO('ab\ncd').readline(1), io.StringIO().readable(), io.StringIO().seekable())
b = io.BytesIO(b'0123456789')
print(b.read(3), b.read1(2), b.tell(), b.seek(-2, 2), b.read(), b.seek(3), b.peek(2) if hasattr(b, 'peek') else b'', b.readinto(bytearray(4)))
b.seek(0); b.write(b'AB'); b.seek(0, 2); b.write(b'!'); print(b.getvalue(), len(b.getbuffer()))
v = b.getbuffer(); print(bytes(v[:3]), v.nbytes); del v
b.truncate(4); print(b.getvalue(), b.tell())
bl = io.BytesIO(b'x\ny\n\nz'); print(bl.readlines(), bl.readline())
raw = io.BytesIO('héllo\nwörld\n'.encode('utf-8'))
t = io.TextIOWrapper(raw, encoding='utf-8')
print(t.readline(), t.read(), t.encoding)
t2 = io.TextIOWrapper(io.BytesIO(b'caf\xe9\n'), encoding='ascii', errors='replace'); print(repr(t2.read()))
t3 = io.TextIOWrapper(io.BytesIO(b'caf\xe9\n'), encoding='latin-1'); print(repr(t3.read()))
out = io.BytesIO(); tw = io.TextIOWrapper(out, encoding='utf-16-le', newline='\r\n'); tw.write('hi\n'); tw.flush(); print(out.getvalue())
try:
    io.StringIO().write(b'x')
except TypeError as e:
    print('TypeError', e)
c = io.StringIO('x'); c.close()
try:
    c.read()
except ValueError as e:
    print('ValueError', e)
print(c.closed, isinstance(c, io.TextIOBase), isinstance(b, io.BufferedIOBase), issubclass(io.StringIO, io.IOBase))
with io.StringIO() as f:
    print('in with', file=f); print(f.getvalue().strip())
print(f.closed)
print(io.StringIO('a\nb').readlines(1), io.BytesIO(b'abc').read1(), io.BytesIO(b'ab').readable(), io.BytesIO().writable())
