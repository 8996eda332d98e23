# int(str, base) for many bases, prefixes, underscores and whitespace.
print(int("0"), int("-0"), int("+42"), int("  42  "), int("\t-7\n"), int("1_000_000"))
print(int("101", 2), int("0b101", 2), int("0B101", 2), int("-0b101", 2), int("1_0_1", 2))
print(int("777", 8), int("0o777", 8), int("0O17", 8), int("-17", 8))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0XFF", 16), int("-0x_ff", 16), int("dead_beef", 16))
print(int("z", 36), int("Z", 36), int("zz", 36), int("taipan", 36), int("-10", 36))
print(int("0b1010", 0), int("0o17", 0), int("0x1F", 0), int("123", 0), int("0", 0), int("000", 0))
print(int("  0x_1_f  ", 0), int("-0b1", 0), int("+0o7", 0), int("1_2_3", 0))
print(int("11", 3), int("zz", 36), int("10", 7), int("ABC", 13))
print(int("1" * 80, 2))
print(int("f" * 40, 16))
print(int("9" * 60))
print(int("0x" + "f" * 30, 0))
for b in (2, 3, 8, 10, 16, 36):
    print(b, int("10", b), int("11", b), int("100", b))
print(int(b"42"), int(bytearray(b"-17")), int(b"ff", 16))
print(int("١٢٣"), int("\u0664\u0662"))
print(int(), int(7), int(-3.9), int(True), int("  12\r\n"))
bad = [("0x10", 10), ("08", 0), ("1__0", 10), ("_1", 10), ("1_", 10), ("0b2", 0), ("", 10),
       ("  ", 10), ("12", 2), ("g", 16), ("0x", 16), ("1.5", 10), ("- 1", 10)]
for text, base in bad:
    try:
        int(text, base)
        print("parsed?!", text)
    except ValueError as e:
        print("ValueError:", e)
for base in (1, 37, -1):
    try:
        int("1", base)
    except ValueError as e:
        print("ValueError:", e)
try:
    int(12, 10)
except TypeError as e:
    print("TypeError:", e)
