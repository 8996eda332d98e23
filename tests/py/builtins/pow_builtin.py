# pow() two- and three-argument forms.
print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(2.0, 3), pow(4, 0.5), pow(0, 0), pow(10, 2, 7))
print(pow(2, 100), pow(-3, 33), pow(7, 2, 10), pow(3, -1, 11), pow(2, 0, 1), pow(5, 3, -7))
print(pow(base=2, exp=5), pow(2, exp=6), pow(3, 4, mod=5), type(pow(2, 2)).__name__, type(pow(2, -2)).__name__)
print(pow(True, 5), pow(2, True), pow(1.5, 2), pow(8, 1 / 3), pow(-8, 3), pow(-8.0, 2))
for args in [(0, -1), (0.0, -1)]:
    try:
        pow(*args)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
for args in [(2, 3, 0), (2, -1, 6), (0, -1, 5)]:
    try:
        pow(*args)
    except ValueError as e:
        print("ValueError:", e)
for args in [(2.0, 3, 5), (2, 3, 5.0), ("2", 3), (2, "3")]:
    try:
        pow(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    pow(2)
except TypeError as e:
    print("TypeError:", e)
class P:
    def __pow__(self, other, mod=None):
        return ("pow", other, mod)
    def __rpow__(self, other):
        return ("rpow", other)
print(pow(P(), 2), pow(P(), 2, 5), pow(3, P()), P() ** 4, 2 ** P())
print([pow(i, 2, 10) for i in range(10)], [pow(i, -1, 13) for i in range(1, 13)])
print(pow(10, 18, 10 ** 9 + 7), pow(123456789, 987654321, 2 ** 61 - 1))
