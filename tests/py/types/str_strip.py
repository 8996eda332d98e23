# strip/lstrip/rstrip with and without chars.
s = " \t\n  hello world \r\n\x0b\x0c "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("xxhixx".lstrip("x")), repr("xxhixx".rstrip("x")))
print(repr("abcHELLOcba".strip("abc")), repr("abcHELLOcba".strip("cba")), repr("aaa".strip("a")))
print(repr("www.example.com".strip("w.com")), repr("  spaced  ".strip(" s")), repr("".strip()))
print(repr("hello".strip("")), repr("hello".strip(None)), repr("\u3000wide\u3000".strip()))
print(repr("--==text==--".strip("-=")), repr("--==text==--".lstrip("-")), repr("--==text==--".rstrip("=-")))
print(repr("☃☃snow☃".strip("☃")), repr("ééaé".lstrip("é")), repr("\xa0nbsp\xa0".strip()))
print(repr("123abc321".strip("0123456789")), repr("0000042".lstrip("0")), repr("3.1400".rstrip("0")))
print(repr("\x00x\x00".strip()), repr("\x00x\x00".strip("\x00")), repr("\x1cx\x1f".strip()))
lines = ["  a  ", "\tb\t", "c\n", "   "]
print([l.strip() for l in lines], [l for l in lines if l.strip()])
try:
    "x".strip(1)
except TypeError as e:
    print("TypeError:", e)
print(repr(b"  by  ".strip()), repr(b"xxbyxx".strip(b"x")), repr(b"\t b".lstrip()))
t = "   padded   "
print(len(t), len(t.strip()), len(t.lstrip()), len(t.rstrip()), t.strip() is not None)
print(repr(" a b ".strip().split(" ")), repr("x".strip("xyz")), repr("yxz".strip("xyz")))
