print(17 // 5, 17 % 5, -17 // 5, -17 % 5, 17 // -5, 17 % -5, divmod(-7, 2), divmod(7.5, 2))
print(2 ** 64, 2 ** 64 - 1, -(2 ** 64), (2 ** 64) // 3, (2 ** 64) % 1000, (10 ** 25) * (10 ** 25))
print(int(3.99), int(-3.99), round(2.5), round(3.5), round(-2.5), round(0.1 + 0.2, 10), round(1e300 * 10))
print(abs(-2 ** 70), -2 ** 2, (-2) ** 2, 2 ** -1, 0 ** 0, 10 ** 0.5)
print(1 == 1.0, hash(2 ** 61) == hash(1), hash(-1), hash(-2), hash(0.5), hash(1e300) == hash(10 ** 300) or True)
print(float(2 ** 70), int(1e20), 10 ** 20 == 1e20, 2 ** 53 + 1 == 2.0 ** 53, 0.1 + 0.7)
print(7 & 3, 7 | 8, 7 ^ 2, ~7, -7 & 0xFF, 1 << 70, (1 << 70) >> 69, -1 << 3, -16 >> 2)
print(format(123456789, ","), format(0.000123, ".2e"), format(1 / 7, ".15f"), format(255, "08b"), format(-3, "+05d"))
print(f"{3.0:g} {100000.0:g} {1e-5:g} {123456789.0:g} {0.5:%} {12.345:.1f} {-0.0:.1f} {2.675:.2f}")
print(max(1, 2.5), min(-1, -1.5), sum([0.1] * 10), sum(range(10 ** 5)), pow(10, 20, 7), pow(3, 4))
print(int("1010", 2), int("ff", 16), int("777", 8), int("z", 36), int("0o17", 0), int("-0b11", 0))
print(bool(0.0), bool(-0.0), float("-inf") < -1e308, float("nan") != float("nan"))
print(1e308 * 10, -1e308 * 10, 1e-320, 5e-324 / 2, 2.0 ** 1023 * 2 if False else 1.0)
print((12345).to_bytes(4, "big"), int.from_bytes(b"\x01\x00", "little"), (-1).to_bytes(2, "big", signed=True))
print((255).bit_length(), (2 ** 100).bit_length(), (7).bit_count(), (3.75).as_integer_ratio(), (10).as_integer_ratio())
print(0.1.hex(), float.fromhex("0x1.8p1"), (1.5).is_integer(), 5 .real, (5).imag, 2.5.real)
try:
    1 // 0
except ZeroDivisionError as e:
    print(e)
try:
    1 % 0
except ZeroDivisionError as e:
    print(e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    int("abc")
except ValueError as e:
    print(e)
try:
    float("1.2.3")
except ValueError as e:
    print(e)
try:
    int(float("inf"))
except OverflowError as e:
    print(e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(e)
