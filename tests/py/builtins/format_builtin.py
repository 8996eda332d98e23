# format() builtin dispatching to __format__ with assorted specs.
print(format(42), format(42, ""), format(42, "d"), format(42, "5"), format(42, "<5") + "|", format(42, "^6") + "|")
print(format(3.14159, ".2f"), format(3.14159, "10.3e"), format(0.25, "%"), format(1e6, ",.0f"), format(-1.5, "+"))
print(format("txt", ">6"), format("txt", "*<6"), format("txt", ".1"), format(None), format(True), format(True, "d"))
print(format(255, "#x"), format(255, "08b"), format(-255, "o"), format(1234567, "_"), format(65, "c"))
print(format([1, 2]), format((1,)), format({"a": 1}), format(b"x"), format(range(2)))
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1] + "f") + "°F"
        return format(self.c, spec + "f" if spec else "") + "°C"
t = Temp(21.5)
print(format(t), format(t, ".1"), format(t, ".0F"), f"{t:.2}", "{:F}".format(t), "{0:>8.1F}".format(t))
class Bad:
    def __format__(self, spec):
        return 123
try:
    format(Bad())
except TypeError as e:
    print("TypeError:", e)
class Plain:
    def __str__(self):
        return "plain!"
print(format(Plain()), f"{Plain()}", "{}".format(Plain()))
try:
    format(Plain(), "10")
except TypeError as e:
    print("TypeError:", e)
try:
    format(1, 2)
except TypeError as e:
    print("TypeError:", e)
for spec in ("", "10", "<10", "^10", ".3", "+.2e", "_.2f"):
    print(repr(spec), repr(format(1234.5678, spec)), repr(format(-9876, spec.replace(".3", "").replace(".2e", "").replace(".2f", ""))))
