# int() error messages for invalid input.
cases = ["x", "", "1.0", "12abc", "  ", "one", "1e5", "++1", "0x1f", "1 2", "None", "\x00", "é", "'5'", "3_"]
for c in cases:
    try:
        print(int(c))
    except ValueError as e:
        print(repr(e))
        print(str(e))
for c, b in [("z", 35), ("9", 8), ("2", 2), ("0o8", 0), ("abc", 11)]:
    try:
        int(c, b)
    except ValueError as e:
        print(e)
for v in (None, [1], (1,), {}, object):
    try:
        int(v)
    except TypeError as e:
        print("TypeError:", e)
for v in (float("inf"), float("-inf"), float("nan")):
    try:
        int(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
long_bad = "1" * 30 + "x"
try:
    int(long_bad)
except ValueError as e:
    print(e)
try:
    int("1", base="10")
except TypeError as e:
    print("TypeError:", e)
