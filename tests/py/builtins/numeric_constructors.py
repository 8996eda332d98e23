# int(), float(), str(), bool() constructors with various inputs.
print(int(), int(0), int(-3.99), int("  -42 "), int("1_000"), int("ff", 16), int("0b11", 0), int(True), int(2 ** 70))
print(float(), float(3), float("  2.5e3 "), float("-inf"), float("nan"), float(True), float(2 ** 60), float("1_0.5"))
print(str(), str(42), str(-0.0), str(1e100), str([1]), str("same"), str(b"raw"), str(None), str(range(3)))
print(bool(), bool(0), bool("x"), bool([]), bool(0.0), bool(None))
class Num:
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
    def __index__(self):
        return 3
print(int(Num()), float(Num()), bin(Num()), [10, 20, 30, 40][Num()])
class OnlyIndex:
    def __index__(self):
        return 9
print(int(OnlyIndex()), float(OnlyIndex()), hex(OnlyIndex()), "ab"[OnlyIndex() and 1])
class FloatOnly:
    def __float__(self):
        return -1.25
print(float(FloatOnly()), int(float(FloatOnly())), round(float(FloatOnly()), 1))
for bad in ["", "1.5", "abc", "0x"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in ["", "1.2.3", "one"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
print(int("  +7  "), int("-0"), float(" -0 "), int(float("1e10")), int(-0.9999), int(0.9999))
print(type(int("5")).__name__, type(float(5)).__name__, type(str(5)).__name__, int(str(123)) == 123)
print(int.__name__, isinstance(int("1"), int), int("10") + float("0.5"), str(1) + str(2.0))
class IntSub(int):
    pass
class StrSub(str):
    pass
print(int(IntSub(5)), type(int(IntSub(5))).__name__, str(StrSub("s")), type(str(StrSub("s"))).__name__)
print(IntSub(5) + 1, type(IntSub(5) + 1).__name__, StrSub("a") + "b", type(StrSub("a") + "b").__name__)
