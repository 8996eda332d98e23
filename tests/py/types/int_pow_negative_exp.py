# ** with negative exponents yields floats.
print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -1, (-2) ** -2, (-2) ** -3)
print(1 ** -5, (-1) ** -5, (-1) ** -4)
print(type(2 ** -1).__name__, type(2 ** 1).__name__, type(2 ** 0).__name__)
print(3 ** -1, 7 ** -2, 5 ** -10)
print(2 ** -1074, 2 ** -1075, 2 ** -1022)
print(10 ** -300, 10 ** -330)
print(2.0 ** 10, 2 ** 10.0, 2 ** 0.5, 4 ** 0.5, 8 ** (1 / 3))
print(0 ** 0.0, 0.0 ** 0)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
for base, exp in ((10.0, 400), (2.0, 5000), (10, 400.0)):
    try:
        print(base ** exp)
    except OverflowError as e:
        print("OverflowError for", base, exp)
print(pow(2, -3), pow(-4, -1), pow(10, -2))
x = 5
x **= -1
print(x)
print((2 ** 100) ** -1)
print(2 ** -(2 ** 3))
