# find/rfind/index/rindex with start/end and error messages.
s = "hello world, hello python"
print(s.find("hello"), s.find("hello", 1), s.find("hello", 1, 15), s.find("hello", 1, 18), s.find("xyz"))
print(s.rfind("hello"), s.rfind("hello", 0, 15), s.rfind("o"), s.rfind("o", 0, 5), s.rfind("o", -5))
print(s.find(""), s.find("", 5), s.find("", 100), s.rfind(""), s.rfind("", 3, 7), len(s))
print(s.find("o", -8), s.find("o", -8, -3), s.find("h", -100), s.find("n", 24), s.find("n", 25))
print(s.index("world"), s.rindex("hello"), s.index("o", 5), s.rindex("o", 0, 10), s.index(","))
for args in [("xyz",), ("hello", 20), ("o", 5, 6), ("", 30)]:
    try:
        print(s.index(*args))
    except ValueError as e:
        print("index", args, "ValueError:", e)
    try:
        print(s.rindex(*args))
    except ValueError as e:
        print("rindex", args, "ValueError:", e)
u = "naïve café ☃ naïve"
print(u.find("ï"), u.rfind("ï"), u.find("☃"), u.index("café"), u.rfind("naïve"), u.find("é", 10))
print("aaa".find("aa"), "aaa".rfind("aa"), "abab".find("ab", 1), "abab".rfind("ab", 0, 3))
print("x".find("xx"), "".find(""), "".find("a"), "".rfind(""))
print(s.find("o", None), s.find("o", None, None), s.rfind("l", None, 5))
try:
    s.find(1)
except TypeError as e:
    print("TypeError:", e)
positions = []
i = s.find("o")
while i != -1:
    positions.append(i)
    i = s.find("o", i + 1)
print(positions)
print(b"hello".find(b"l"), b"hello".rfind(b"l"), b"hello".find(108), b"hello".index(b"lo"))
try:
    b"abc".index(b"z")
except ValueError as e:
    print("ValueError:", e)
