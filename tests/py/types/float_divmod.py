# divmod with floats.
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (1.0, 0.3), (-1.0, 0.3), (0.0, 1.5), (-0.0, 1.5),
             (1e16, 7), (2, 0.75), (-2, 0.75), (10, 2.5), (1e300, 1e-300)]:
    q, r = divmod(a, b)
    print(a, b, (q, r), q == a // b, r == a % b)
print(divmod(5.5, float("inf")), divmod(-5.5, float("inf")))
print(divmod(9.0, 4.0), divmod(float("inf"), 2.0))
try:
    divmod(1.0, 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    divmod(1, 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    divmod(1.5, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
def hms(seconds):
    m, s = divmod(seconds, 60.0)
    h, m = divmod(m, 60.0)
    return h, m, s
print(hms(3725.5), hms(59.999), hms(0.0), hms(86399.25))
print(type(divmod(7.0, 2)[0]).__name__, type(divmod(7, 2)[0]).__name__)
total = 0.0
for a in (0.5, 1.25, -3.75):
    for b in (0.5, -0.25, 2.0):
        q, r = divmod(a, b)
        total += q * b + r - a
        print(a, b, q, r)
print(abs(total) < 1e-12)
