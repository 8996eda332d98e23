# str.replace with counts, empty patterns and non-ASCII.
s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 1), s.replace("one", "1", 2), s.replace("one", "1", 0))
print(s.replace("one", "1", -1), s.replace("one", "1", 100), s.replace("three", "3"), s.replace("o", ""))
print("aaaa".replace("a", "b"), "aaaa".replace("aa", "b"), "aaaaa".replace("aa", "b"), "aaa".replace("a", "aa"))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "".replace("a", "b"), "abc".replace("", ""))
print("hello".replace("l", "L", 1), "hello".replace("hello", ""), "hello".replace("", "") == "hello")
print("café crème".replace("é", "e"), "☃☃☃".replace("☃", "snow", 2), "a\nb\nc".replace("\n", "\\n"))
print("x.y.z".replace(".", "/"), "tab\tsep".replace("\t", "    "), "CASE case".replace("case", "X"))
print("abcabc".replace("bc", "BC", 1).replace("a", "A"), "mississippi".replace("ss", "SS"), "mississippi".replace("issi", "-"))
t = "spam"
u = t.replace("x", "y")
print(u == t, t)
for args in [(1, "a"), ("a",), ("a", "b", "c")]:
    try:
        "abc".replace(*args)
    except TypeError as e:
        print("TypeError:", e)
print(b"hello".replace(b"l", b"L"), b"aaa".replace(b"a", b"bb", 2), b"abc".replace(b"", b"."))
template = "Dear NAME, your order ORDER ships on DATE."
for name, order, date in [("Ada", "#1", "Mon"), ("Bob", "#22", "Tue")]:
    print(template.replace("NAME", name).replace("ORDER", order).replace("DATE", date))
chain = "a"
for i in range(5):
    chain = chain.replace("a", "ab")
    print(chain)
print(len(("x" * 1000).replace("x", "yz")), ("ab" * 5).replace("ba", "|"))
