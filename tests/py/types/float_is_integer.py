# float.is_integer and the conversions that go with it.
vals = [0.0, -0.0, 1.0, 1.5, -2.0, -2.5, 1e16, 1e300, 0.1, 1e-300, 2.0 ** 52 + 0.5, 2.0 ** 53,
        float("inf"), float("-inf"), float("nan"), 123456.0, 0.5 * 4, 3.0000000000000004]
for v in vals:
    print(repr(v), v.is_integer())
print((7.0).is_integer(), (7.1).is_integer(), float.is_integer(8.0))
print((2.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-0.75).as_integer_ratio(), (0.0).as_integer_ratio())
print((1e20).as_integer_ratio(), (5e-324).as_integer_ratio()[0])
for v in (float("inf"), float("nan")):
    try:
        v.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print((3.5).real, (3.5).imag, (3.5).conjugate(), (-0.0).conjugate())
whole = [x / 4 for x in range(-8, 9)]
print(whole)
print([x for x in whole if x.is_integer()])
print([int(x) for x in whole if x.is_integer()])
print(sum(1 for x in whole if not x.is_integer()))
print([(x * 0.1).is_integer() for x in range(0, 50, 10)])
print(isinstance(1.0, float), isinstance(1, float), float(7).is_integer())
try:
    (5).is_integer()
    print("int has is_integer?")
except AttributeError as e:
    print("AttributeError:", e)
