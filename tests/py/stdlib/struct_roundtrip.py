# struct: pack/unpack round trips for every format character in every byte-order mode.
import struct

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, str(e))

ints = {"b": [-128, -1, 0, 1, 127], "B": [0, 1, 200, 255], "h": [-32768, -2, 0, 300, 32767],
        "H": [0, 1, 65535, 4660], "i": [-2**31, -5, 0, 7, 2**31 - 1], "I": [0, 1, 2**32 - 1, 0x12345678],
        "l": [-2**31, -1, 0, 2**31 - 1], "L": [0, 2**32 - 1], "q": [-2**63, -1, 0, 2**63 - 1, 0x0102030405060708],
        "Q": [0, 2**64 - 1, 0x0102030405060708]}
for mode in ["", "@", "=", "<", ">", "!"]:
    for code, vals in ints.items():
        fmt = mode + code
        many = mode + code * len(vals)
        packed = struct.pack(many, *vals)
        counted = mode + str(len(vals)) + code
        print(fmt, struct.calcsize(fmt), packed.hex(), struct.unpack(many, packed) == tuple(vals),
              struct.pack(counted, *vals) == packed, struct.unpack(counted, packed)[-1])
for code, vals in [("n", [-2**63, -1, 0, 2**63 - 1]), ("N", [0, 2**64 - 1]), ("P", [0, 1, 2**64 - 1])]:
    for mode in ["", "@"]:
        fmt = mode + code
        packed = struct.pack(mode + code * len(vals), *vals)
        print(fmt, struct.calcsize(fmt), packed.hex(), struct.unpack(mode + code * len(vals), packed))
print(struct.pack("P", -1).hex(), struct.unpack("P", struct.pack("P", -1)))
floats = [0.0, -0.0, 1.0, -2.5, 0.1, 1e300, -1e-300, float("inf"), float("-inf"), 3.4028234663852886e38,
          65504.0, 6.103515625e-05, 5.960464477539063e-08, 1.5e-8, 2.0 ** -24 * 1.5, 2.0 ** -25]
for mode in ["", "<", ">", "="]:
    for code in "efd":
        out = []
        for x in floats:
            try:
                b = struct.pack(mode + code, x)
                out.append(b.hex() + ":" + repr(struct.unpack(mode + code, b)[0]))
            except OverflowError as e:
                out.append("OverflowError(" + str(e) + ")")
        print(mode + code, " ".join(out))
print(struct.unpack("<d", struct.pack("<d", float("nan")))[0], struct.unpack(">e", b"\x7c\x01")[0], struct.unpack("<f", b"\x00\x00\xc0\x7f"))
print(struct.pack("<e", 1.0009765625), struct.pack("<e", 1.00048828125), struct.pack("<e", 1.00146484375), struct.pack("<e", 65519.99))
print(struct.pack("?????", 0, 1, [], [0], "x"), struct.unpack("????", b"\x00\x01\x02\xff"))
print(struct.pack("c3s", b"a", b"xyz"), struct.pack("5s", b"ab"), struct.pack("2s", b"abcdef"), struct.pack("s", b""))
print(struct.unpack("c3sx2s", b"aXYZ-pq"), struct.unpack("0s", b""), struct.pack("3s", bytearray(b"qrs")))
print(struct.pack("5p", b"ab"), struct.pack("3p", b"abcdef"), struct.pack("p", b"zz"), struct.pack("260p", b"a" * 300)[:2])
print(struct.unpack("5p", b"\x02abcd"), struct.unpack("5p", b"\x09abcd"), struct.unpack("p", b"\x05"), struct.unpack("3p", b"\x00ab"))
print(struct.pack("3x"), struct.pack("xbx", 1), struct.unpack("2xb", b"\x01\x02\x03"), struct.pack("2c", b"a", b"\xff"))
print(struct.pack("<hiq", 1, 2, 3).hex(), struct.pack(">hiq", 1, 2, 3).hex(), struct.pack("hiq", 1, 2, 3).hex())
print(struct.pack("!I", 0xdeadbeef), struct.pack("<I", 0xdeadbeef), struct.pack(">Q", 1), struct.pack("=H", 258))
print(struct.pack("< 2h i ", 1, 2, 3), struct.pack("0i0h"), struct.unpack("3h", struct.pack("3h", -1, 0, 1)))
print(struct.pack("b", True), struct.pack("d", 7), struct.pack(">f", True), struct.pack("<d", 2**60))
class Idx:
    def __index__(self):
        return 42
class Flt:
    def __float__(self):
        return 2.25
print(struct.pack("<i", Idx()), struct.pack("<Q", Idx()), struct.pack("<d", Idx()), struct.pack("<f", Flt()), struct.pack("?", Idx()))
big = struct.pack("<" + "i" * 100, *range(100))
print(len(big), struct.unpack("<" + "i" * 100, big)[95:], struct.unpack("<100i", big) == tuple(range(100)))
print(struct.unpack(">iH", bytearray(b"\x00\x00\x01\x00\xff\xfe")), struct.unpack(b"<h", b"\xfe\xff"))
try:
    struct.pack(" <h", 1)
except struct.error as e:
    print("struct.error", e)
