# int()/float()/str()/bool() conversions and base handling
print(int("42"), int("-0"), int("+7"), int(" 12 "), int("1_000"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int("777", 8), int("101", 2), int("z", 36), int("10", 3))
print(int(3.99), int(-3.99), int(True), int(False), int(1e18))
print(float("1.5"), float("-inf"), float("1e-3"), float(" 3 "), float(7), float("1_0.5"))
print(str(42), str(-0.5), str(True), str(None), str(3.0), str(1e100))
print(bool(0), bool(""), bool("0"), bool([0]), bool(0.0), bool(None))
print(hex(255), oct(64), bin(10), hex(0), bin(-3))
print(int(hex(255), 16), int(oct(64), 8), int(bin(10), 2))
print(repr(int("0")), int("-00012"))
for bad in ["", "abc", "1.5", "0x10", "1 2", "--1"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("12", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int(12, 10)
except TypeError as e:
    print("TypeError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    float("1.2.3")
except ValueError as e:
    print("ValueError:", e)
print(int("9" * 30) + 1, float(10 ** 20), int(1.5e20))
print(round(2.5), round(3.5), round(-0.5), round(1234, -2), round(1250, -2), round(1.25, 1))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(2.5, 0))
print(ord("0"), chr(48 + 7), int("0" * 5 + "3"))
print(abs(-7), abs(-7.5), abs(True), -abs(0))
class IntLike:
    def __int__(self):
        return 11
    def __index__(self):
        return 12
    def __float__(self):
        return 1.25
print(int(IntLike()), float(IntLike()), hex(IntLike()), [0, 1, 2, 3] * 1, "abcdefghijklmn"[IntLike()])
