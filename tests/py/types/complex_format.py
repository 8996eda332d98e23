# format() / f-strings / str.format on complex numbers: types, widths, alignment, signs, errors.
inf = float("inf")
nan = float("nan")
def show(v, spec):
    try:
        print(repr(spec), repr(format(v, spec)))
    except Exception as e:
        print(repr(spec), type(e).__name__, str(e))

values = [1 + 2j, -1.5 - 2.25j, 3j, -0j, complex(-0.0, 0.0), complex(0.0, -0.0), complex(1234567.891, -0.000123),
          complex(inf, nan), complex(nan, -inf), 1e16 + 1e-7j, complex(1e22, 0), complex(-0.0, -2)]
specs = ["", ".2f", ">20", "<20", "^21", "g", "G", ".3e", "E", "f", "F", "n", ".0f", "#.0f", "#g", "+", "+.1f", " ",
         " .1f", "-", "z.1f", "+z.1f", ",", "_", ",.2f", "_.3f", "*^24.2f", "x>18", "\u00e9<12", ".10g", ".1", ".3",
         "15", "#", ".0e", "#.0e", ".15g", ".17g", "30.20f"]
for v in values:
    for spec in specs:
        show(v, spec)
for spec in ["d", "%", "s", "x", "c", "010", "0>10", "=10", "<010", ",d", "xx", ".", ",_", "n,", ".2%"]:
    show(1 + 2j, spec)
show(1j, "." + "9" * 20)
print(f"{1+2j:.1f}|{3j:>8}|{-2-2j:<12.2e}|{1j!r:>6}|{1j!s:^8}")
print("{0:.2f} {0.real} {0.imag:+.1f} {1!r}".format(2.5 - 1j, 1j))
print(format(1 + 2j), str(1 + 2j), complex.__format__(1j, ""), complex.__format__(1j, ".1f"))
try:
    complex.__format__(1j, 5)
except TypeError as e:
    print("TypeError", e)
