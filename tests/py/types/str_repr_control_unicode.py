# repr/ascii of strings with control characters and non-ASCII text.
chars = ["\x00", "\x01", "\x08", "\t", "\n", "\x0b", "\x0c", "\r", "\x1b", "\x1f", " ", "~", "\x7f", "\x80",
         "\x9f", "\xa0", "\xad", "é", "ÿ", "\u0100", "\u0300", "\u200b", "\u2028", "\u2603", "\ufeff", "\uffff",
         "\U0001F600", "\U0001F1FA", "\U000E0001", "\u4e2d", "\U0010FFFF"]
for c in chars:
    print("U+%04X" % ord(c), repr(c), ascii(c), c.isprintable())
print(repr("mixed: é\t☃\n😀\x00"))
print(ascii("mixed: é\t☃\n😀\x00"))
print(repr("naïve café"), ascii("naïve café"), str("naïve café"))
print(["é", "☃", "😀", "\x00"], ("\n",), {"\t": "\u2603"})
print(ascii(["é", "☃"]), ascii({"k": "ü"}), ascii(1.5), ascii(None))
for i in range(0, 0x110, 8):
    print("%03x" % i, repr("".join(chr(j) for j in range(i, i + 8))))
# repr of strings combining several escape classes
combos = ["\x00\n", "é\x7f", "\u2028x", "\t☃\t", "\\\x01", "'\x02\"", "\U0001F600\x80"]
for s in combos:
    print(repr(s), ascii(s), len(repr(s)), len(ascii(s)), len(s))
print(str(["\x85", "\xad", "\u061c", "\u2066"]))
