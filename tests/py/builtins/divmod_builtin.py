# divmod() across numeric types and custom __divmod__.
for a, b in [(17, 5), (-17, 5), (17, -5), (-17, -5), (0, 3), (5, 17), (2 ** 80, 7), (-(2 ** 80), 7),
             (17.5, 5), (-17.5, 5), (17, 5.5), (1e20, 3), (True, 2), (7, True)]:
    q, r = divmod(a, b)
    print(a, b, q, r, type(q).__name__, type(r).__name__)
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (0, 0)]:
    try:
        divmod(a, b)
    except ZeroDivisionError as e:
        print(a, b, "ZeroDivisionError:", e)
for a, b in [("7", 2), (7, "2"), (None, 1), ([1], 1)]:
    try:
        divmod(a, b)
    except TypeError as e:
        print("TypeError:", e)
class D:
    def __divmod__(self, other):
        return ("divmod", other)
    def __rdivmod__(self, other):
        return ("rdivmod", other)
print(divmod(D(), 3), divmod(3, D()))
try:
    divmod(1)
except TypeError as e:
    print("TypeError:", e)
minutes, seconds = divmod(12345, 60)
hours, minutes = divmod(minutes, 60)
print("%d:%02d:%02d" % (hours, minutes, seconds))
digits = []
n = 987654321
while n:
    n, d = divmod(n, 10)
    digits.append(d)
print(digits)
