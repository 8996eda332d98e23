# str.encode / bytes.decode with utf-8 and errors.
for s in ["hello", "", "é", "café", "☃", "😀", "a\x00b", "中文", "\u0080", "\u07ff", "\u0800", "\uffff", "\U00010000"]:
    b = s.encode("utf-8")
    print(repr(s), b, len(s), len(b), b.decode("utf-8") == s, list(b))
print("abc".encode(), "é".encode("utf-8"), "é".encode("latin-1"), "é".encode("ascii", "replace"), "é☃".encode("ascii", "ignore"))
print("é☃".encode("ascii", "backslashreplace"), "é☃".encode("ascii", "xmlcharrefreplace"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    b"\xc3".decode()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(b"\xff".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"), b"\xe9".decode("latin-1"))
print(b"\xe2\x98\x83".decode(), bytes("☃", "utf-8"), str(b"\xe2\x98\x83", "utf-8"), b"caf\xc3\xa9".decode("utf-8"))
print("é".encode("utf-8").hex(), "😀".encode().hex(" "), "ab".encode().hex("-"))
print(type("x".encode()).__name__, "x".encode() == b"x", "é".encode() == b"\xc3\xa9")
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print("LookupError:", e)
