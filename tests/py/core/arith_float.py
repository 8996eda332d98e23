vals = [0.0, -0.0, 0.1, 0.5, 1.5, 2.5, -2.5, 3.14159, 1e16, 1e-5, 1/3, 2.5e-300, 1e308, 123456789.125]
for v in vals:
    print(repr(v), str(v), v * 2, v / 4, -v, abs(v), round(v), round(v, 2), int(v))
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2, 7.5 % -2, divmod(-7.5, 2))
print(0.1 + 0.2, 0.1 * 3, 1.1 * 1.1, 2 ** 0.5, 10.0 ** -3)
print(float("inf"), float("-inf"), float("nan"), float(" 1.5 "), float("1e3"), float("-0"))
print(1e16, 1e15, 1.0, 100.0, 1e-4, 1e-5, 1.5e300 * 1e10)
print(3.0 == 3, 3.5 > 3, 2 ** 53 + 1 == float(2 ** 53 + 1), 1e100 < 10 ** 101)
print((2.5).is_integer(), (3.0).is_integer(), (0.5).as_integer_ratio())
print(round(2.675, 2), round(0.125, 2), round(1234.5678, -2), round(-0.5), round(1.5), round(2.5))
print(int(1e20), int(-3.9), float(10 ** 20))
print(format(3.14159, ".2f"), format(1234567.891, ","), format(0.5, ".1%"), format(1e-7, "g"), format(123.0, "e"))
print(f"{2.5:>10.3f}|{-1.0:+.1f}|{1e20:g}|{0.000012345:.3g}|{12.0:08.2f}")
