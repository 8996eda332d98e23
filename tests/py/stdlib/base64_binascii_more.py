# base64 variants (standard, urlsafe, b32/b32hex, b16, a85/b85, encodebytes), binascii
# hexlify with separators, crc32/crc_hqx, b2a/a2b round trips, errors for bad padding.
import base64, binascii
data = bytes(range(0, 256, 7)) + b'Hello, World!'
for enc, dec in [(base64.b64encode, base64.b64decode), (base64.urlsafe_b64encode, base64.urlsafe_b64decode), (base64.b32encode, base64.b32decode), (base64.b32hexencode, base64.b32hexdecode), (base64.b16encode, base64.b16decode), (base64.a85encode, base64.a85decode), (base64.b85encode, base64.b85decode)]:
    e = enc(data)
    print(enc.__name__, e[:40], dec(e) == data, len(e))
print(base64.b64encode(b'\xfb\xff', altchars=b'-_'), base64.b64decode('+/8=' ), base64.b64decode(b'YWJj\nZGVm', validate=False))
print(base64.encodebytes(b'x' * 100), base64.decodebytes(b'eHh4\n'))
print(base64.a85encode(b'\x00\x00\x00\x00 spaces    ', foldspaces=True, wrapcol=10, adobe=True))
print(base64.b32encode(b'a'), base64.b32decode(b'ME======'), base64.b32decode(b'me======', casefold=True), base64.b16decode(b'ff', casefold=True))
for bad in [b'abc', b'a===', b'!!!!']:
    try:
        print(base64.b64decode(bad, validate=True))
    except binascii.Error as e:
        print('binascii.Error', e)
try:
    base64.b32decode(b'ABC')
except binascii.Error as e:
    print('binascii.Error', e)
print(binascii.hexlify(b'\x01\x02\xab', '-'), binascii.hexlify(b'abcdef', ':', 2), b'abcdef'.hex(' ', -2), binascii.unhexlify('0aFf'), bytes.fromhex('de ad be ef'))
print(binascii.crc32(b'hello'), binascii.crc32(b' world', binascii.crc32(b'hello')), binascii.crc32(b'hello world'), binascii.crc_hqx(b'hello', 0), hex(binascii.crc32(b'')))
print(binascii.b2a_base64(b'abc'), binascii.b2a_base64(b'abc', newline=False), binascii.a2b_base64(b'YWJj'), binascii.b2a_hex(b'\x00\xff'))
print(binascii.b2a_uu(b'uu data'), binascii.a2b_uu(binascii.b2a_uu(b'uu data')))
try:
    binascii.unhexlify('abc')
except binascii.Error as e:
    print('binascii.Error', e)
try:
    binascii.unhexlify('zz')
except binascii.Error as e:
    print('binascii.Error', e)
