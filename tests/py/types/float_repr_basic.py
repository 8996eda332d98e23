# repr/str of common float values (shortest round-trip repr).
vals = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.1 + 0.2, 0.3, 1 / 3, 2 / 3, 1.5, 100.0, 123.456,
        1e16, 1e15, 1e17, 123456789012345678.0, 1e-4, 1e-5, 0.0001, 0.00001, 1.1, 2.675,
        3.14159, 1e22, 1e21, 1e-7, 9.999999999999999e22, 0.5, 0.25, 0.125, 7.0, 1e100]
for v in vals:
    print(repr(v), str(v))
print([0.1, 0.2, 0.1 + 0.2])
print((1.0, -0.0), {1.5: 2.5})
print(1.0 * 3, 10 / 4, 10 / 5, 2 ** 0.5, 0.1 * 3, 1.1 * 1.1, 3 * 1.1)
print(float(1), float(-7), float(2 ** 60), float(10 ** 16), float(12345678901234567890))
print(100.0 / 3, 1e16 + 1, 1e16 + 2, 4.35 * 100, 0.07 * 100)
print(1e15 + 0.3, 123456789.123456789, 0.1 ** 10, 2.0 ** 70)
print(-1e-5, -123.0, -1e16, -0.1)
s = 0.0
for i in range(10):
    s += 0.1
print(s, s == 1.0, round(s, 10) == 1.0)
print(f"{0.1}", f"{1e16}", f"{1e-5!r}", "%s" % 0.3, "%r" % (1 / 3), "{}".format(2.5))
# repr boundaries between fixed and exponent notation
for e in range(-6, -3):
    print(e, repr(10.0 ** e), repr(1.5 * 10.0 ** e))
for e in range(14, 18):
    print(e, repr(10.0 ** e), repr(1.5 * 10.0 ** e), repr(-(10.0 ** e)))
print(float(repr(0.1 + 0.2)) == 0.1 + 0.2, repr(float("0.1000000000000000055511151231257827")))
