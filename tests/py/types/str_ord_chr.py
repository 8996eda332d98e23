# ord and chr round trips and errors.
for c in ["a", "A", "0", " ", "\n", "\x00", "~", "\x7f", "é", "ÿ", "Ā", "€", "☃", "中", "\uffff", "😀", "\U0010ffff"]:
    print(repr(c), ord(c), hex(ord(c)), chr(ord(c)) == c)
print([chr(i) for i in range(65, 91)])
print("".join(chr(i) for i in range(97, 123)), "".join(chr(ord(c) + 1) for c in "HAL"))
print(chr(0x263a), chr(128512), chr(233), repr(chr(0)), repr(chr(127)), repr(chr(160)))
for bad in (-1, 0x110000, 2 ** 40):
    try:
        chr(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
try:
    chr(65.0)
except TypeError as e:
    print("TypeError:", e)
for bad in ("", "ab", "😀😀"):
    try:
        ord(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    ord(65)
except TypeError as e:
    print("TypeError:", e)
print(ord(b"A"), ord(bytearray(b"z")), chr(True))
def caesar(text, k):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + k) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + k) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)
enc = caesar("Hello, World! xyz", 3)
print(enc, caesar(enc, -3))
print(sum(ord(c) for c in "checksum"), max("hello", key=ord), sorted("Banana", key=ord))
