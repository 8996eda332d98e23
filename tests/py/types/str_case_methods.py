# upper/lower/title/capitalize/swapcase/casefold on ASCII and Latin-1 text.
samples = ["hello world", "HELLO WORLD", "hElLo wOrLd", "", "123abc", "it's a dog's life", "o'neil mc-donald",
           "hello\tthere\nfriend", "a1b2 c3", "   spaced   ", "ÉCOLE été", "x_y-z.w", "ALL_CAPS_123"]
for t in samples:
    print(repr(t))
    print("  upper", repr(t.upper()), "lower", repr(t.lower()))
    print("  title", repr(t.title()), "capitalize", repr(t.capitalize()))
    print("  swapcase", repr(t.swapcase()), "casefold", repr(t.casefold()))
print("abc".upper().lower() == "abc", "MiXeD".swapcase().swapcase(), "MiXeD".swapcase())
print("hello".title() == "Hello", "they're bill's".title(), "3rd place".title(), "x-ray y_z".title())
print("HELLO".capitalize(), "hello World".capitalize(), "1st".capitalize(), " lead".capitalize())
print(b"MiXeD 123".upper(), b"MiXeD".lower(), b"hello world".title(), b"abc".capitalize(), b"aBc".swapcase())
names = ["alice SMITH", "BOB jones", "carol de la cruz", "Dave"]
print([n.title() for n in names], sorted(names), sorted(names, key=str.lower))
print([n.upper() == n for n in ["ABC", "AbC", "123", "A1"]], [n.lower() == n for n in ["abc", "aBc", "1"]])
word = "Python"
print(word.upper(), word.lower(), word, word.swapcase(), word[0].lower() + word[1:].upper())
print("".join(c.upper() if i % 2 else c.lower() for i, c in enumerate("alternating case")))
# title() treats any non-letter as a word boundary
for t in ["hello-world", "o'clock", "a1b", "x.y.z", "UPPER lower", "mIxEd_cAsE"]:
    print(repr(t), t.title(), t.istitle(), t.title().istitle())
print("Hello".swapcase().upper().lower().capitalize())
