# base64 family (standard, urlsafe, b32, b32hex, b16, b85, a85 with options), binascii helpers,
# and codecs round trips (utf-16/32 with BOM, latin-1, utf-8-sig, escape codecs, errors modes).
import base64, binascii, codecs
data = bytes(range(0, 256, 7)) + b'hello'
for enc, dec in [(base64.b64encode, base64.b64decode), (base64.urlsafe_b64encode, base64.urlsafe_b64decode), (base64.b32encode, base64.b32decode),
                 (base64.b32hexencode, base64.b32hexdecode), (base64.b16encode, base64.b16decode), (base64.b85encode, base64.b85decode),
                 (base64.a85encode, base64.a85decode)]:
    e = enc(data); print(enc.__name__, e[:40], dec(e) == data)
print(base64.a85encode(b'\x00' * 8 + b'    ', foldspaces=True, wrapcol=10, adobe=True), base64.b85encode(b'ab', pad=True), base64.encodebytes(b'x' * 60))
print(base64.b64decode('aGVsbG8'+ '=' * 1), base64.b64decode(b'aGV sbG8=\n'), base64.b64encode(b'\xfb\xff', altchars=b'-_'), base64.standard_b64decode('YQ=='))
for bad in [lambda: base64.b64decode('abc'), lambda: base64.b64decode('a!==', validate=True), lambda: base64.b32decode('A'), lambda: base64.b16decode('zz')]:
    try: bad()
    except binascii.Error as e: print('Error', e)
print(binascii.hexlify(b'\x01\xff', '-'), binascii.unhexlify('01ff'), binascii.b2a_base64(b'x', newline=False), binascii.crc32(b'abc', 5), binascii.crc_hqx(b'abc', 0xffff))
for enc in ['utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-be', 'latin-1', 'utf-8-sig', 'cp1252', 'ascii']:
    s = 'héllo €' if enc not in ('latin-1', 'ascii') else 'hello'
    b = s.encode(enc); print(enc, b.hex()[:40], b.decode(enc) == s)
print('é€'.encode('ascii', 'replace'), 'é€'.encode('ascii', 'ignore'), 'é€'.encode('ascii', 'xmlcharrefreplace'), 'é€'.encode('ascii', 'backslashreplace'), 'é'.encode('latin-1', 'strict'))
print(b'a\xffb'.decode('utf-8', 'replace'), b'a\xffb'.decode('utf-8', 'ignore'), b'a\xffb'.decode('utf-8', 'backslashreplace'), b'a\xffb'.decode('utf-8', 'surrogateescape').encode('utf-8', 'surrogateescape'))
print(codecs.encode('abc', 'rot13'), codecs.decode(b'68656c6c6f', 'hex'), codecs.encode(b'hi', 'base64'), 'a\nb\\'.encode('unicode_escape'), b'\\u00e9\\n'.decode('unicode_escape'))
print(codecs.lookup('UTF8').name, codecs.lookup('latin1').name, 'x'.encode('raw_unicode_escape'), b'\\x41'.decode('escape_decode' if False else 'unicode_escape'))
try: b'\xff'.decode('ascii')
except UnicodeDecodeError as e: print(e, e.start, e.end, e.reason)
try: 'é'.encode('ascii')
except UnicodeEncodeError as e: print(e)
