# ZeroDivisionError messages from int operations.
ops = [
    ("1 / 0", lambda: 1 / 0),
    ("1 // 0", lambda: 1 // 0),
    ("1 % 0", lambda: 1 % 0),
    ("divmod(1, 0)", lambda: divmod(1, 0)),
    ("big // 0", lambda: (2 ** 100) // 0),
    ("big % 0", lambda: (2 ** 100) % 0),
    ("big / 0", lambda: (2 ** 100) / 0),
    ("0 / 0", lambda: 0 / 0),
    ("True / False", lambda: True / False),
    ("0 ** -1", lambda: 0 ** -1),
    ("pow(0, -2)", lambda: pow(0, -2)),
    ("1 // False", lambda: 1 // False),
]
for name, f in ops:
    try:
        f()
        print(name, "no error?")
    except ZeroDivisionError as e:
        print(name, "->", type(e).__name__, repr(str(e)), e.args)
x = 10
try:
    x //= 0
except ZeroDivisionError as e:
    print("aug:", e)
print(x)
try:
    x %= 0
except ArithmeticError as e:
    print("aug via base class:", e, isinstance(e, ArithmeticError))
print(1 / 1, 2 ** 100 / 2 ** 99, 7 / 2, -7 / 2, 10 ** 30 / 10 ** 10)
try:
    (10 ** 400) / 1
except OverflowError as e:
    print("OverflowError:", e)
print((10 ** 400) // (10 ** 399), (10 ** 400) / (10 ** 399))
