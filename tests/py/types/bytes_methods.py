# bytes methods: hex/find/split/join/startswith/replace/upper and more.
b = b"Hello, World"
print(b.hex(), b"".hex(), b"\x00\xff".hex(), b.hex(":"), b.hex("-", 4), bytes(range(4)).hex(" ", -1))
print(b.find(b"o"), b.find(b"o", 5), b.rfind(b"o"), b.find(b"z"), b.find(111), b.index(b"World"), b.count(b"l"))
print(b.split(b", "), b"a b  c".split(), b"a,b,,c".split(b","), b"a,b,c".split(b",", 1), b"a,b,c".rsplit(b",", 1))
print(b" ".join([b"a", b"b"]), b"".join([b"x", b"y", b"z"]), b", ".join((b"1", b"2")))
print(b.startswith(b"Hello"), b.endswith(b"World"), b.startswith((b"x", b"H")), b.startswith(b"World", 7))
print(b.replace(b"l", b"L"), b.replace(b"l", b"", 2), b.upper(), b.lower(), b.swapcase(), b.title())
print(b"  pad  ".strip(), b"xxpadxx".strip(b"x"), b"  pad".lstrip(), b"pad  ".rstrip())
print(b"abc".center(9, b"-"), b"abc".ljust(5, b"."), b"abc".rjust(5), b"42".zfill(5))
print(b"a:b:c".partition(b":"), b"a:b:c".rpartition(b":"), b"l1\nl2\r\nl3".splitlines())
print(b"abc".isalpha(), b"123".isdigit(), b"ab1".isalnum(), b"   ".isspace(), b"ABC".isupper())
print(b"tab\there".expandtabs(4), b"hello".translate(None, b"l"), b"x".join([b"1", b"2", b"3"]))
print(b"caf\xc3\xa9".decode(), b"abc".decode("ascii"), b"hello"[1:].upper())
print(b"a".join([b"", b""]), b"".split(), b"".split(b"x"), b"abc".removeprefix(b"a"), b"abc".removesuffix(b"c"))
try:
    b" ".join([b"a", "b"])
except TypeError as e:
    print("TypeError:", e)
try:
    b.replace("l", "L")
except TypeError as e:
    print("TypeError:", e)
try:
    b.index(b"zz")
except ValueError as e:
    print("ValueError:", e)
ba = bytearray(b"mutable")
ba.reverse()
print(ba, ba.upper(), bytearray(b"a,b").split(b","), ba.hex())
ba2 = bytearray(b"xyz")
ba2.insert(0, 119)
ba2.remove(121)
print(ba2, ba2.find(b"z"), ba2.count(b"x"))
