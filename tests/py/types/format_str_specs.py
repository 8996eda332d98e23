# format() of strings: alignment, fill, precision.
words = ["", "a", "abc", "hello world", "é☃", "tab\there"]
specs = ["", "s", "10", "<10", ">10", "^10", "*^9", "-<7", ".2", "10.3", ">6.1", "^1", "0>5", "#^11"]
for w in words:
    print(repr(w), [format(w, s) for s in specs])
print("[" + format("x", "^4") + "]", "[" + format("xy", "^5") + "]", "[" + format("xyz", "^6") + "]")
print(format("abc", "") == "abc", format("", "5") == "     ")
print(format(None, ""), format([1, 2], ""), format((1, "a"), ""), format({"k": 1}, ""))
for bad in ("d", "=5", "+", ",", "x"):
    try:
        format("abc", bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    format([1], "5")
except TypeError as e:
    print("TypeError:", e)
class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        return "$" + format(self.v, spec or ".2f")
m = Money(3.14159)
print(format(m), format(m, ".1f"), f"{m}", f"{m:>10.3f}", "{:.0f}".format(m))
print("|{:^7}|{:<7}|{:>7}|".format("mid", "left", "right"))
