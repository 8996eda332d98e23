# chr/ord and bin/oct/hex builtins as used for text and number conversions.
print(ord("A"), chr(65), ord("a") - ord("A"), chr(ord("z") - 25), [ord(c) for c in "09"], chr(0x1F40D))
print(bin(10), oct(10), hex(10), bin(-10), oct(-10), hex(-10), bin(0), oct(0), hex(0))
print(hex(2 ** 64), bin(2 ** 20), oct(2 ** 30), hex(-(2 ** 70)))
print(int(bin(37), 2), int(oct(37), 8), int(hex(37), 16), int(bin(-37), 0), int(hex(-37), 0))
print(bin(37)[2:].zfill(8), hex(255)[2:].upper(), oct(8)[2:], format(37, "08b"), "%02x" % 7)
def to_hex(s):
    return " ".join("%02x" % ord(c) for c in s)
print(to_hex("Hi!"), to_hex("\x00\x7f"))
def from_bits(bits):
    return "".join(chr(int(bits[i:i + 8], 2)) for i in range(0, len(bits), 8))
print(from_bits("0100100001101001"))
print([bin(i).count("1") for i in range(16)])
print([hex(ord(c)) for c in "é☃😀"], [chr(int(h, 16)) for h in ("41", "e9", "2603")])
for bad in (1.5, "7", None):
    for fn in (bin, oct, hex):
        try:
            fn(bad)
        except TypeError as e:
            print(fn.__name__, "TypeError:", e)
for bad in (-1, 0x110000):
    try:
        chr(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    ord("")
except TypeError as e:
    print("TypeError:", e)
rot13 = "".join(chr((ord(c) - 97 + 13) % 26 + 97) if c.islower() else c for c in "hello, world")
print(rot13)
