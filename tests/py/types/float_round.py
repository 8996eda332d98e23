# round(x) on floats: banker's rounding, result type int.
for v in (0.5, 1.5, 2.5, 3.5, 4.5, -0.5, -1.5, -2.5, 0.49999999999999994, 0.4, 0.6, -0.6, 2.675,
          1e16, 1e300 / 1e284, 123.5, 124.5, -123.5, 0.0, -0.0, 7.0):
    r = round(v)
    print(repr(v), r, type(r).__name__)
print(round(1e20), round(1.5e30), round(-2.5e22))
print(round(2 ** 52 + 0.5), round(2.0 ** 53 + 1))
for bad in (float("inf"), float("-inf"), float("nan")):
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(round(float("inf"), 2), round(float("nan"), 1), round(-0.0, 1))
print([round(x / 2) for x in range(-10, 11)])
print([round(x + 0.5) for x in range(-5, 6)])
print(round(0.5 + 1e-16), round(1.4999999999999999), round(2.5000000000000004))
class R:
    def __round__(self, n=None):
        return ("rounded", n)
print(round(R()), round(R(), 3))
print(round(True), round(5), round(-5))
print(round(3.7) + 1, round(-3.7) - 1)
