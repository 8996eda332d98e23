# format() of ints with many format specs.
vals = [0, 1, -1, 7, 42, -42, 255, 1000, -1000, 1234567, 2 ** 40, -(2 ** 63)]
specs = ["", "d", "5d", "<5d", "^5d", ">5", "05d", "+d", " d", "-d", ",", "_", "x", "X", "#x", "#X",
         "o", "#o", "b", "#b", "08b", "#010x", "_x", "_b", "n", "e", ".2f", "%", "*>8", "0=+8"]
for v in vals:
    print(v, [format(v, s) for s in specs])
print(format(65, "c"), format(0x263A, "c"), format(97, "^5c") + "|")
print(format(123, "=+10"), format(-123, "=10"), format(123, "x<8") + "|", format(123, "-^9"))
print(format(10 ** 20, ","), format(-(10 ** 20), "_d"), format(2 ** 64, "#x"), format(2 ** 64, ",d"))
print(format(True, "d"), format(False, "05"), format(True, "x"), format(True, ""))
print(format(5, ".3f"), format(5, "e"), format(5, "g"), format(5, ".1%"), format(2 ** 70, ".3e"))
for bad in ("s", ".2d", ",x", "z"):
    try:
        format(10, bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    format(-1, "c")
except (ValueError, OverflowError) as e:
    print(type(e).__name__ + ":", e)
