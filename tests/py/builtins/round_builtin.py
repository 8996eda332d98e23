# round() dispatch for ints, floats, bools and custom __round__.
print(round(3.5), round(4.5), round(-3.5), round(0.5), round(-0.5), round(2.675, 2), round(1234, -2))
print(type(round(3.7)).__name__, type(round(3.7, 0)).__name__, type(round(3, 0)).__name__, type(round(3.7, None)).__name__)
print(round(3.14159, 3), round(-3.14159, 1), round(1e15 + 0.5), round(1.5e-10, 12), round(0.0), round(-0.0, 0))
print(round(7), round(7, 2), round(-7, -1), round(15, -1), round(25, -1), round(True, 3), round(False))
print([round(n / 10) for n in range(-25, 26, 5)])
print([round(n / 100, 1) for n in range(0, 100, 5)])
class R:
    def __round__(self, ndigits=None):
        return "R:%r" % (ndigits,)
print(round(R()), round(R(), 2), round(R(), ndigits=-1), round(R(), None))
class NoRound:
    pass
try:
    round(NoRound())
except TypeError as e:
    print("TypeError:", e)
for bad in [("1.5",), (1.5, "2"), (1.5, 1.0)]:
    try:
        round(*bad)
    except TypeError as e:
        print("TypeError:", e)
for v in (float("inf"), float("nan")):
    try:
        round(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(round(float("inf"), 1), round(2 ** 70 + 0.0), round(1e300, -299), round(5e-324, 323))
prices = [19.995, 0.125, 2.5, 3.005, 1.115]
print([round(p, 2) for p in prices], [round(p) for p in prices])
