# str.rsplit mirrors split but from the right.
s = "  a b  c   d  "
print(s.rsplit(), s.rsplit(None, 1), s.rsplit(None, 2), s.rsplit(" "), s.rsplit(" ", 3))
print("a,b,c,d".rsplit(",", 1), "a,b,c,d".rsplit(",", 2), "a,b,c,d".rsplit(","), "a,b,c,d".rsplit(",", 0))
print("path/to/file.txt".rsplit("/", 1), "file.tar.gz".rsplit(".", 1), "noext".rsplit(".", 1))
print("".rsplit(), "".rsplit("x"), "xx".rsplit("x"), "aaa".rsplit("aa"), "aaaa".rsplit("aa", 1))
print("a::b::c".rsplit("::", maxsplit=1), "one two".rsplit(sep=None, maxsplit=5))
for text in ("a b c", " a b c ", "a  b", "abc"):
    for n in (-1, 0, 1, 2):
        print(repr(text), n, text.split(None, n), text.rsplit(None, n))
print("☃x☃y☃".rsplit("☃"), "ab\tcd\nef".rsplit(None, 1))
try:
    "x".rsplit("")
except ValueError as e:
    print("ValueError:", e)
print("1.2.3.4".rsplit(".", 2)[0], "k=v=w".rsplit("=", 1)[-1])
# rsplit vs split differ only when maxsplit limits the result
for text, sep in (("a-b-c-d", "-"), ("--a--", "-"), ("x..y..z", ".."), ("aaa", "a")):
    for n in (0, 1, 2, -1):
        a, b = text.split(sep, n), text.rsplit(sep, n)
        print(repr(text), repr(sep), n, a, b, a == b)
print("a b c".rsplit(maxsplit=1), "  x  ".rsplit(), "\ta\tb\t".rsplit("\t"))
