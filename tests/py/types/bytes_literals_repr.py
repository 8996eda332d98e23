# bytes literals and their repr.
vals = [b"", b"abc", b"'", b'"', b"'\"", b"\\", b"\x00\x01\x7f\x80\xff", b"\t\n\r", b"\x0b\x0c", b" ~",
        b"it's", rb"raw\n", b"\x41\x42", bytes(range(0x1e, 0x22)), b"\xe2\x98\x83"]
for v in vals:
    print(repr(v), len(v), str(v) == repr(v))
print(b"abc" b"def", br"\d+", Rb"\t", b"a" + b"b")
print([b"x", b"y"], (b"",), {b"k": b"v"})
print(bytes(range(256)))
print(repr(bytearray(b"abc")), bytearray(), bytearray(b"\x00\xff"), str(bytearray(b"'\"")))
print(ascii(b"\xff"), f"{b'x'}", "%s" % b"y", "%r" % b"z", "{!r}".format(b"w"))
print(type(b"").__name__, type(bytearray()).__name__, b"abc" == bytearray(b"abc"), b"a" == "a")
print(b"\x61" == b"a", b"\101" == b"A", b"\n"[0], len(b"\\x41"))
for i in range(0, 256, 32):
    print(i, bytes(range(i, i + 32)))
# repr picks double quotes only when the bytes contain ' and no "
for v in (b"'", b"a'b", b"'\"", b'"'):
    r = repr(v)
    print(r, r[1], len(r), len(v))
print(repr(b"\\x41"), repr(b"\x5c"), b"\x5c" == b"\\", len(b"\x5c\x5c"))
ba = bytearray(b"it's")
print(repr(ba), str(ba), len(ba))
