# round() on ints with positive and negative ndigits.
print(round(5), round(-5), round(0), type(round(5)).__name__)
print(round(1234, 0), round(1234, 1), round(1234, -1), round(1234, -2), round(1234, -3), round(1234, -4))
print(round(1250, -2), round(1350, -2), round(1450, -2), round(-1250, -2), round(-1350, -2))
print(round(15, -1), round(25, -1), round(35, -1), round(-15, -1), round(-25, -1))
print(round(5, -1), round(-5, -1), round(50, -2), round(150, -2), round(250, -2))
print(round(999, -3), round(500, -3), round(1500, -3), round(2500, -3))
print(round(2 ** 70, -10), round(-(2 ** 70), -10))
print(round(10 ** 30 + 5 * 10 ** 14, -15), round(10 ** 30 + 15 * 10 ** 14, -15))
print(round(123, -100), round(True), round(True, -1), type(round(True)).__name__)
print(type(round(1234, -2)).__name__)
for n in range(-30, 31, 5):
    print(n, round(n, -1), end="; ")
print()
try:
    round(5, 1.5)
except TypeError as e:
    print("TypeError:", e)
# round with ndigits >= 0 returns the int unchanged
for nd in (0, 1, 5, 100):
    print(nd, round(987654321, nd), round(-987654321, nd))
# banker's rounding on the tens digit at many magnitudes
for k in range(1, 8):
    base = 10 ** k
    print(k, round(base // 2, -k), round(3 * base // 2, -k), round(5 * base // 2, -k), round(-(3 * base // 2), -k))
