# partition / rpartition.
cases = [("key=value", "="), ("a=b=c", "="), ("novalue", "="), ("=start", "="), ("end=", "="), ("", "="),
         ("a::b::c", "::"), ("☃x☃", "☃"), ("aaa", "aa"), ("abc", "abc")]
for s, sep in cases:
    print(repr(s), s.partition(sep), s.rpartition(sep))
try:
    "abc".partition("")
except ValueError as e:
    print("ValueError:", e)
try:
    "abc".rpartition(None)
except TypeError as e:
    print("TypeError:", e)
url = "https://example.com/path/to/page.html?q=1"
scheme, _, rest = url.partition("://")
host, _, path = rest.partition("/")
path, _, query = path.partition("?")
print(scheme, host, path, query)
print(path.rpartition("/")[2], path.rpartition(".")[2], path.rpartition("/")[0])
config = """name = demo
version=1.2
# comment
empty =
flag"""
for line in config.splitlines():
    k, sep, v = line.partition("=")
    print(repr(k.strip()), repr(sep), repr(v.strip()))
print(b"a:b:c".partition(b":"), b"a:b:c".rpartition(b":"), b"abc".partition(b"x"))
head, sep, tail = "x".rpartition("y")
print(repr(head), repr(sep), repr(tail))
