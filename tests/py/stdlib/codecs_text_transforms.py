# codecs and text transforms: rot13, punycode, unicode_escape/raw_unicode_escape,
# utf-16/32 with BOMs, incremental decoders across chunk boundaries, codecs.lookup names.
import codecs
print(codecs.encode('Hello, World!', 'rot13'), codecs.decode('Uryyb', 'rot_13'))
print('bücher'.encode('punycode'), b'bcher-kva'.decode('punycode'))
print('tab\there\n\u00e9\U0001F600'.encode('unicode_escape'), b'\\t\\u00e9\\x41'.decode('unicode_escape'), 'é\\n'.encode('raw_unicode_escape'), b'\\u00e9\\n'.decode('raw_unicode_escape'))
for enc in ['utf-16', 'utf-16-be', 'utf-32', 'utf-8-sig']:
    b = 'aé€'.encode(enc)
    print(enc, b.hex(), b.decode(enc))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, b'\xef\xbb\xbfhi'.decode('utf-8-sig'), b'\xff\xfeh\x00'.decode('utf-16'))
data = 'héllo wörld €uro 😀'.encode('utf-8')
dec = codecs.getincrementaldecoder('utf-8')()
pieces = [dec.decode(data[i:i + 3]) for i in range(0, len(data), 3)] + [dec.decode(b'', final=True)]
print(pieces, ''.join(pieces) == data.decode())
enc = codecs.getincrementalencoder('utf-16')()
print(enc.encode('ab').hex(), enc.encode('c').hex())
d2 = codecs.getincrementaldecoder('utf-8')(errors='replace')
print(d2.decode(b'ab\xc3'), d2.decode(b'(', final=True))
for name in ['UTF8', 'latin_1', 'L1', 'utf_16_le', 'ascii', 'cp1252', 'mac_roman']:
    print(name, codecs.lookup(name).name)
print('€'.encode('cp1252'), b'\x80\x93'.decode('cp1252'), 'Ωé'.encode('mac_roman') if False else '', b'caf\xe9'.decode('iso8859-15'))
try:
    codecs.lookup('no-such-codec')
except LookupError as e:
    print('LookupError', e)
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e.encoding, e.start, e.end, e.reason, e.object)
print(codecs.escape_decode(b'\\x41\\n')[0], codecs.utf_8_decode(b'\xc3\xa9x')[0], codecs.latin_1_encode('é')[0])
