# bytes() and bytearray() constructors.
print(bytes(), bytes(0), bytes(5), bytes([1, 2, 3]), bytes((65, 66)), bytes(range(5)), bytes(b"copy"))
print(bytes("é☃", "utf-8"), bytes("abc", encoding="ascii"), bytes(bytearray(b"ba")), bytes(iter([120, 121])))
print(bytes(x * 2 for x in range(5)), bytes([0, 255]), bytes(tuple(b"mv")))
print(bytearray(3), bytearray([255, 0]), bytearray("hi", "ascii"), bytearray(b"x") + b"y", b"x" + bytearray(b"y"))
print(type(bytearray(b"x") + b"y").__name__, type(b"x" + bytearray(b"y")).__name__)
print(bytes.fromhex("48656c6c6f"), bytes.fromhex("de ad be ef"), bytearray.fromhex("00ff"))
errors = [
    lambda: bytes([256]),
    lambda: bytes([-1]),
    lambda: bytes(-1),
    lambda: bytes("str"),
    lambda: bytes(["a"]),
    lambda: bytes(1.5),
    lambda: bytes("é", "ascii"),
    lambda: bytes.fromhex("zz"),
    lambda: bytes([1], "utf-8"),
]
for f in errors:
    try:
        print(f())
    except (ValueError, TypeError, UnicodeEncodeError) as e:
        print(type(e).__name__ + ":", e)
class Idx:
    def __index__(self):
        return 65
print(bytes([Idx(), Idx()]))
class B:
    def __bytes__(self):
        return b"custom"
print(bytes(B()))
print(len(bytes(1000)), bytes(1000).count(0), bytes(4) == b"\x00" * 4)
