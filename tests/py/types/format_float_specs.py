# format() of floats with many format specs.
vals = [0.0, -0.0, 1.0, 3.14159265, -2.5, 1234567.891, 0.000123456, 1e16, 1e-7, 2.675, 0.5, 1.5, 100.0]
specs = ["", ".3f", ".0f", "f", "e", ".2e", "E", "g", ".3g", "G", ".10g", "%", ".2%", ",", ",.2f",
         "_.3f", ">10.2f", "<10.2f", "^10.2f", "*^12.1f", "+g", " g", "+.1e", "010.3f", "#.0f", "#g", "n", ".1"]
for v in vals:
    print(repr(v), [format(v, s) for s in specs])
print(format(1e100, ".3g"), format(1e-100, "g"), format(123456789.0, "g"), format(1234567.0, ".7g"))
print(format(0.1, ".20f"), format(1 / 3, ".17g"), format(2.5, ".0f"), format(3.5, ".0f"), format(0.125, ".2f"))
print(format(float("inf"), "f"), format(float("-inf"), "E"), format(float("nan"), "F"), format(float("nan"), ">6"))
print(format(-1.5, "=+10.2f"), format(1.5, "=10.2f"), format(-1.5, "010.2f"), format(-1.5, "0=10.2f"))
print(format(1234.5, ",.1f"), format(-1234567.25, ",.2f"), format(12345678.9, "_.1f"), format(1e6, ",g"))
print(format(0.00001, ""), format(1e16, ""), format(123.0, ""), format(1e22, "f"))
print(format(9.995, ".2f"), format(9.9951, ".2f"), format(-0.0001, ".2f"), format(-0.0, "+.1f"))
print(format(1.0, ".15g"), format(0.1, ".16g"), format(0.1, ".17g"), format(100.0, ".2g"), format(150.0, ".1g"))
print(format(12.5, "%"), format(0.125, ".1%"), format(-0.5, "+.0%"), format(2.0, "10.1%") + "|")
try:
    format(1.5, "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(1.5, ".2q")
except ValueError as e:
    print("ValueError:", e)
