# bytes.decode with several codecs and error handlers.
data = [b"plain", b"", b"caf\xc3\xa9", b"\xe2\x98\x83", b"\xf0\x9f\x98\x80", b"\xc2\xa0", b"\x7f"]
for d in data:
    s = d.decode("utf-8")
    print(repr(d), repr(s), len(d), len(s), s.encode("utf-8") == d)
print(b"\xe9t\xe9".decode("latin-1"), b"\xe9t\xe9".decode("iso-8859-1"), b"abc".decode("ascii"))
print(b"\xff\xfe".decode("latin-1"), bytes(range(0xe0, 0xe8)).decode("latin-1"))
bad = [b"\xff", b"\xc3", b"\xc3\x28", b"\xe2\x82", b"\xf0\x28\x8c\x28", b"ab\x80cd", b"\xed\xa0\x80"]
for d in bad:
    try:
        d.decode("utf-8")
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e.start, e.end, e.reason)
    print(repr(d.decode("utf-8", "replace")), repr(d.decode("utf-8", "ignore")), repr(d.decode("utf-8", "backslashreplace")))
try:
    b"\x80".decode("ascii")
except UnicodeDecodeError as e:
    print(e)
print(str(b"\xc3\xa9", "utf-8"), str(b"\xe9", "latin-1"), str(b"abc", encoding="ascii", errors="strict"))
print(bytearray(b"\xe2\x98\x83").decode(), repr(b"A\x00B".decode()), repr(b"\r\n".decode()))
print(b"caf\xc3\xa9".decode("UTF-8"), b"caf\xc3\xa9".decode("utf8"), b"caf\xc3\xa9".decode("Utf_8"))
total = 0
for cp in (0x41, 0xe9, 0x2603, 0x1f600):
    enc = chr(cp).encode()
    total += len(enc)
    print(hex(cp), enc, enc.decode() == chr(cp))
print(total)
