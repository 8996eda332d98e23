# startswith/endswith with tuples and start/end.
s = "hello world"
print(s.startswith("hello"), s.startswith("world"), s.startswith(""), s.startswith("hello world!"))
print(s.endswith("world"), s.endswith("hello"), s.endswith(""), s.endswith("d"))
print(s.startswith("world", 6), s.startswith("wor", 6, 8), s.startswith("wor", 6, 9), s.startswith("o", -4))
print(s.endswith("hello", 0, 5), s.endswith("hell", 0, 5), s.endswith("o", 0, -6), s.endswith("lo", -7, -6))
print(s.startswith(("x", "he")), s.startswith(("x", "y")), s.endswith(("ld", "zz")), s.endswith(()))
print(s.startswith(("", "x")), s.startswith(("world", "o"), 6), s.endswith(("hello",), 0, 5))
print("".startswith(""), "".endswith(""), "".startswith("a"), "a".startswith("", 1), "a".startswith("", 2))
print(s.startswith("h", 100), s.endswith("", 100), s.startswith("", 11), s.startswith("", 12))
print("café".endswith("é"), "☃snow".startswith("☃"), "naïve".startswith("ï", 2))
files = ["a.py", "b.txt", "c.PY", "setup.cfg", "test_x.py", "README"]
print([f for f in files if f.endswith(".py")], [f for f in files if f.lower().endswith((".py", ".cfg"))])
print([f for f in files if f.startswith(("test_", "READ"))])
for bad in (1, ["a"], ("a", 1)):
    try:
        s.startswith(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    s.endswith(None)
except TypeError as e:
    print("TypeError:", e)
print(b"hello".startswith(b"he"), b"hello".endswith((b"x", b"lo")), b"hello".startswith(b"l", 2))
print(s.startswith("hello", None, None), s.endswith("world", None), s.startswith("lo", 3, None))
