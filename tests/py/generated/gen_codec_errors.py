# Random byte strings decoded (and random strings encoded) with several codecs and every error
# handler; results or exception details compared with CPython.
import random, binascii, warnings
warnings.simplefilter('ignore', DeprecationWarning)  # unicode_escape warns about invalid escapes
random.seed(8080)
codecs_ = ['utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32-le', 'latin-1', 'ascii', 'cp1252', 'utf-8-sig', 'unicode_escape', 'raw_unicode_escape']
handlers = ['strict', 'replace', 'ignore', 'backslashreplace', 'surrogateescape', 'surrogatepass']
acc = 0
for i in range(375):
    b = bytes(random.choice([0x41, 0x5c, 0x75, 0x30, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80, 0xff, 0xfe, 0x00, 0xd8, 0xdc, 0xef, 0xbb, 0xbf, 0x78, 0x4e])
              for _ in range(random.randint(0, 10)))
    c, h = random.choice([x for x in codecs_ if x != 'utf-32-le']), random.choice(handlers)  # (CPython's utf-32 surrogateescape quirk aside)
    try:
        out = repr(b.decode(c, h))
    except (UnicodeDecodeError, LookupError) as e:
        out = type(e).__name__ + str(getattr(e, 'start', '')) + str(getattr(e, 'end', '')) + str(getattr(e, 'reason', e))
    s = ''.join(random.choice(['a', 'é', '€', '\U0001f600', '\udc80', '\x00', '\\', 'ÿ']) for _ in range(random.randint(0, 5)))
    c2, h2 = random.choice(codecs_), random.choice(handlers + ['xmlcharrefreplace'])
    try:
        out2 = repr(s.encode(c2, h2))
    except (UnicodeEncodeError, LookupError) as e:
        out2 = type(e).__name__ + str(getattr(e, 'start', '')) + str(getattr(e, 'end', '')) + str(getattr(e, 'reason', e))
    acc = (acc * 3 + binascii.crc32((out + out2).encode('utf-8', 'surrogatepass'))) % (1 << 61)
    if i % 25 == 0:
        print(b, c, h, out[:60], '|', ascii(s), c2, h2, out2[:60])
print(acc)
