# center/ljust/rjust/zfill/expandtabs.
for w in ("", "a", "ab", "abc", "abcd", "☃é"):
    print("[" + w.center(6) + "]", "[" + w.center(7, "*") + "]", "[" + w.ljust(5, "-") + "]", "[" + w.rjust(5, ".") + "]")
print("[" + "abc".center(2) + "]", "[" + "abc".ljust(-1) + "]", "[" + "abc".rjust(0) + "]", "[" + "x".center(4, "☃") + "]")
for n in ("42", "-42", "+42", "", "-", "abc", "3.14", "-0.5", "1_000", "٣"):
    print(repr(n), repr(n.zfill(6)), repr(n.zfill(1)), repr(n.zfill(0)))
print("12".zfill(-3), "-".zfill(3), "+".zfill(3), "++1".zfill(5))
for bad in ("ab", "", 1):
    try:
        "x".center(5, bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    "x".ljust("5")
except TypeError as e:
    print("TypeError:", e)
print(repr("a\tb\tc".expandtabs()), repr("a\tb\tc".expandtabs(4)), repr("ab\tc".expandtabs(2)), repr("\t".expandtabs(0)))
print(repr("x\ty\nab\tz".expandtabs(3)), repr("12345\t6".expandtabs(5)))
table = [("Name", "Qty"), ("apple", "3"), ("watermelon", "12")]
for a, b in table:
    print(a.ljust(12, ".") + b.rjust(4))
print(b"ab".center(6, b"*"), b"7".zfill(3), b"ab".ljust(4) + b"|", b"ab".rjust(4, b"0"))
print("title".center(20, "="))
