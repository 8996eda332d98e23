# zipfile (stored entries, no zlib) and tarfile written to and read from BytesIO: names, sizes,
# infolist fields, reading members back, appending, and errors for missing members.
import zipfile, tarfile, io
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w', compression=zipfile.ZIP_STORED) as z:
    z.writestr('hello.txt', 'Hello, zip!\n')
    z.writestr('dir/data.bin', bytes(range(50)))
    info = zipfile.ZipInfo('dated.txt', date_time=(2020, 1, 2, 3, 4, 6))
    z.writestr(info, 'dated content')
    z.comment = b'archive comment'
data = buf.getvalue()
print(len(data) > 100, data[:4])
with zipfile.ZipFile(io.BytesIO(data)) as z:
    print(z.namelist(), z.comment, z.testzip())
    for i in z.infolist():
        print(i.filename, i.file_size, i.compress_size, i.date_time if i.filename == 'dated.txt' else '-', i.is_dir(), i.CRC)
    print(z.read('hello.txt'), z.read('dir/data.bin')[-5:], z.open('dated.txt').read().decode())
    try:
        z.read('missing')
    except KeyError as e:
        print('KeyError', e)
print(zipfile.is_zipfile(io.BytesIO(data)), zipfile.is_zipfile(io.BytesIO(b'not a zip')))
with zipfile.ZipFile(buf, 'a') as z:
    z.writestr('added.txt', 'more')
with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as z:
    print(z.namelist())
try:
    zipfile.ZipFile(io.BytesIO(b'garbage' * 10))
except zipfile.BadZipFile as e:
    print('BadZipFile', e)
tbuf = io.BytesIO()
with tarfile.open(fileobj=tbuf, mode='w', format=tarfile.USTAR_FORMAT) as t:
    for name, content in [('a.txt', b'alpha'), ('sub/b.txt', b'beta' * 100)]:
        ti = tarfile.TarInfo(name)
        ti.size = len(content)
        ti.mtime = 1600000000
        ti.mode = 0o644
        t.addfile(ti, io.BytesIO(content))
    d = tarfile.TarInfo('sub'); d.type = tarfile.DIRTYPE; d.mtime = 1600000000; t.addfile(d)
print(len(tbuf.getvalue()) % 512, len(tbuf.getvalue()))
tbuf.seek(0)
with tarfile.open(fileobj=tbuf, mode='r') as t:
    for m in t.getmembers():
        print(m.name, m.size, m.isfile(), m.isdir(), oct(m.mode), m.mtime)
    print(t.extractfile('sub/b.txt').read()[:12], t.getnames())
    try:
        t.getmember('nope')
    except KeyError as e:
        print('KeyError', e)
