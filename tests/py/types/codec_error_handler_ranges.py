# Regression: error handler ranges and resumption as CPython's: UTF-16/32 encoders report one
# surrogate at a time; surrogateescape escapes the leading escapable part of a run and resumes
# (bytes >= 0x80 when decoding, at most 4; U+DC80..U+DCFF when encoding); unicode_escape and
# raw_unicode_escape honour backslashreplace.
def show(f):
    try:
        return ascii(f())
    except UnicodeError as e:
        return '%s %d..%d %s' % (type(e).__name__, e.start, e.end, e.reason)
for s in ['\u20ac\udc80\udc80', 'a\ud800\udc00\udfff', '\udc80\U0001f600\\', '\U0001f600\udc80', 'a\udc80\udcff\u4e2d\udc81', 'x\udc80\udcffy']:
    for enc in ['utf-16-le', 'utf-32', 'ascii', 'latin-1', 'utf-8']:
        print(ascii(s), enc, [show(lambda: s.encode(enc, h)) for h in ['strict', 'surrogateescape', 'replace', 'backslashreplace']])
for b in [b'\xd8A\xe2', b'\xd8A', b'\xd8A\x00', b'\xd8A\xd8', b'\xdcA\x00a', b'\xff\xf00', b'\x00\xd8\x00\xdc\xff']:
    for enc in ['utf-16-be', 'utf-16-le']:
        print(b, enc, [show(lambda: b.decode(enc, h)) for h in ['strict', 'surrogateescape', 'replace', 'backslashreplace', 'ignore']])
for b in [b'\\x5', b'a\\', b'\\u12x\\U1', b'\\x\\', b'\\U99999999z', b'ok\\n']:
    print(b, [show(lambda: b.decode(enc, h)) for enc in ['unicode_escape', 'raw_unicode_escape'] for h in ['strict', 'backslashreplace', 'replace', 'ignore']])
