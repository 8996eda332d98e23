# isdigit/isalpha/isalnum/isspace/isupper/islower on ASCII text.
samples = ["", "abc", "ABC", "Abc", "123", "12.5", "-1", "abc123", "abc 123", " ", "\t\n\r\x0b\x0c",
           "Hello World", "hello world", "HELLO WORLD", "_", "a_b", "Title Case Here", "x1", "1x", "A1B2", "!?"]
names = ["isdigit", "isdecimal", "isnumeric", "isalpha", "isalnum", "isspace", "isupper", "islower", "istitle",
         "isidentifier", "isprintable", "isascii"]
print(" ".join(n[2:6] for n in names))
for t in samples:
    flags = "".join("T" if getattr(t, n)() else "." for n in names)
    print(flags, repr(t))
print("abc".isalpha() and "123".isdigit(), "ABC1".isupper(), "abc1".islower(), "1".isupper(), "1".islower())
print("class".isidentifier(), "None".isidentifier(), "_x1".isidentifier(), "1_x".isidentifier(), "a-b".isidentifier())
print("\n".isprintable(), "\x7f".isprintable(), " ".isprintable(), "".isprintable(), "~".isprintable())
print(b"abc".isalpha(), b"123".isdigit(), b"a1".isalnum(), b" ".isspace(), b"AB".isupper(), b"ab".islower(), b"\xe9".isalpha())
print(b"".isalpha(), b"".isdigit(), b"Ab Cd".istitle(), b"\x80".isascii(), b"abc".isascii())
def classify(s):
    if s.isdigit():
        return "digits"
    if s.isalpha():
        return "letters"
    if s.isalnum():
        return "mixed"
    if s.isspace():
        return "space"
    return "other"
print([classify(x) for x in ["42", "abc", "a4", "   ", "a-b", ""]])
for i in range(32, 127, 16):
    chunk = "".join(chr(j) for j in range(i, min(i + 16, 127)))
    print(repr(chunk), "".join("a" if c.isalpha() else "d" if c.isdigit() else "s" if c.isspace() else "p" for c in chunk))
