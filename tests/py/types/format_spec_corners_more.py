# str.format / format-spec corners: nested fields, !a/!r/!s, '=' alignment, grouping, n, %, # forms.
class P:
    def __init__(self, x): self.x = x; self.items = [10, 20, {'k': 'v'}]
    def __format__(self, spec): return f"P<{spec}>"
    def __repr__(self): return "P(é)"

vals = [0, 7, -7, 255, -255, 1234567, -1234567890, 2**70]
for v in vals:
    print([format(v, s) for s in ("#x", "#X", "#o", "#b", "+d", " d", "=+12d", "012,d", "_x", "#_b", ",", "_", "n", "^+15,", "c" if 0 <= v < 0x110000 else "d")])
fl = [0.0, -0.0, 1.5, -1234567.891, 1e16, 1.23456789e-7, float('inf'), float('-inf'), float('nan'), 123456789.125]
for v in fl:
    print([format(v, s) for s in ("", ",", "_", ",.2f", "_.3e", "=+15.2f", "015,.1f", "%", ".1%", "n", ".3g", "#.3g", "#g", "g", "e", ".0f", "#.0f", ".0e", "#.0e", "10.3", "<10", "*^13.4", "z.1f")])
print(format(-0.0001, "z.2f"), format(-0.0, "z"), format(0.5, "z.0f"), format(-0.4, "z.0f"))
print("{0!a} {0!r} {0!s}".format("héllo\n"))
print("{!a:>20}|{!r:^12}|".format("ñ", "x"))
print("{0:{1}{2}{3}}".format(3.14159, '>', 12, '.3f'))
print("{:{fill}{align}{width}.{prec}}".format(2.71828, fill='*', align='^', width=14, prec=4))
print("{0.x} {0.items[1]} {0.items[2][k]} {0:spec!}".format(P(5)))
print("{p:>{w}}".format(p=P(1), w=3))
print("{[0]}{[1]}".format("ab", "cd"), "{0[-1]}".format({'-1': 'neg'}))
print("{{}} {{{0}}} {{{{".format(9))
print("{:=^9}".format("mid"), "{:x<4}".format(""), "{:>0}".format("z"))
print("{:=10}".format(-42), "{:0=10}".format(-42), "{:0>10}".format(-42), "{:010}".format(-42))
print("{:+#010x}".format(255), "{:#010b}".format(5), "{:-#o}".format(-8), "{:#X}".format(0xabc))
print(format(True, "d"), format(True, ""), format(True, "^6"), format(False, "#x"))
print(format(10**30, ","), format(-10**25, "_"), format(12345, ",.2f"), format(12345, "e"))
print(format(0.1 + 0.2, ".17g"), format(1/3, ".30f"), format(2.5, ".0f"), format(3.5, ".0f"))
print(format(1e300 * 10, "f"), format(-1e-320, "e"), format(5e-324, ".3g"))
print(format(1+2j, ""), format(1.5-2.25j, ".2f"), format(-1j, ">12"), format(complex(0, 0), "+"))
print(format("text", ".2"), format("text", "^10.3"), format("", "*^5"), format("é", "_>3"))
print(format(12, "%"), format(0.125, ".0%"), format(-0.5, "+.1%"))
print("{:,}".format(1234.5), "{:_}".format(12345678.0), "{:,.0f}".format(1e15))
print(repr("{!s:5}".format(None)), repr("{:5}".format(None) if False else "skip"))
for spec in ("<", ">", "^", "="):
    print(spec, "[" + format(-3.5, "*" + spec + "9") + "]", "[" + format(42, "0" + spec + "7") + "]")
errs = ["{:=}".format, "{0!x}".format, "{0:,_}".format, "{0:_,}".format, "{:.}".format, "{0[}".format,
        "{0.}".format, "}".format, "{".format, "{:c}".format, "{:#c}".format, "{:,c}".format, "{:.2d}".format,
        "{:s}".format, "{:=s}".format]
for f in errs:
    for arg in ("s", 5, 2.5):
        try:
            print(repr(f(arg)))
        except Exception as e:
            print(type(e).__name__, e)
import string
fm = string.Formatter()
print(list(fm.parse("a{0!r:>5}b{x.y[2]}c{{d}}")))
print(fm.format("{0}-{k}", 1, k=2), fm.vformat("{a:^5}", (), {'a': 'z'}))
