# float() parsing of many string forms.
texts = ["1", "1.5", " 1.5 ", "\t-2.25\n", "+3", ".5", "5.", "-.5", "1e3", "1E3", "1e-3", "-1.5e+10",
         "1_000.5", "1_0e1_0", "inf", "-inf", "+inf", "Infinity", "-Infinity", "INF", "iNfInItY",
         "nan", "-nan", "NaN", "NAN", "0", "-0", "-0.0", "00001.5", "1e500", "-1e500", "1e-500",
         "123456789012345678901234567890", "0.1", "0.30000000000000004", "2.5e-300",
         "4.9e-324", "1.7976931348623157e308", "1.7976931348623159e308"]
for t in texts:
    print(repr(t), float(t))
print(float(b"2.5"), float(bytearray(b" -7 ")), float(3), float(True), float(2 ** 100), float())
print(float("0001e0001"), float("-.0e-0"), float("1E+2"), float("\n\t7\r"), float("1_1.2_2e1_1"))
bad = ["", " ", "abc", "1.5.5", "1e", "e5", "1_", "_1", "1__0", "0x10", "1,5", "in f", "nanx", "- 1", "++1", "1e5.0"]
for t in bad:
    try:
        float(t)
        print("parsed?!", t)
    except ValueError as e:
        print(e)
for v in (None, [1.0], "1.0j"):
    try:
        float(v)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
