# bin/oct/hex of ints, negatives and big numbers, and round trips.
for n in (0, 1, 2, 7, 8, 15, 16, 255, 256, 1000, -1, -2, -255, -256, 2 ** 32, 2 ** 64 - 1, -(2 ** 64)):
    print(n, bin(n), oct(n), hex(n))
print(bin(2 ** 100))
print(oct(8 ** 40))
print(hex(16 ** 30 - 1))
print(hex(-(2 ** 100) + 1))
print(bin(True), hex(False), oct(True))
for n in (5, -5, 2 ** 70, -(2 ** 70)):
    assert int(bin(n), 0) == n and int(oct(n), 0) == n and int(hex(n), 0) == n
    print("roundtrip ok", n)
print(format(255, "b"), format(255, "o"), format(255, "x"), format(255, "X"))
print(format(255, "#b"), format(255, "#o"), format(255, "#x"), format(255, "#X"))
print(format(-255, "#x"), format(-255, "x"), format(10, "08b"), format(10, "#010b"))
print(f"{3735928559:x} {3735928559:#X} {2 ** 40:_x} {2 ** 20:_b}")
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
class Idx:
    def __index__(self):
        return 42
print(bin(Idx()), oct(Idx()), hex(Idx()))
for bad in (1.5, "10", None):
    try:
        hex(bad)
    except TypeError as e:
        print("TypeError:", e)
