# ZeroDivisionError messages for float operations.
ops = [
    ("1.0 / 0", lambda: 1.0 / 0),
    ("1 / 0.0", lambda: 1 / 0.0),
    ("0.0 / 0.0", lambda: 0.0 / 0.0),
    ("1.5 // 0.0", lambda: 1.5 // 0.0),
    ("1.5 % 0.0", lambda: 1.5 % 0.0),
    ("1 // 0.0", lambda: 1 // 0.0),
    ("1 % 0.0", lambda: 1 % 0.0),
    ("-1.0 / -0.0", lambda: -1.0 / -0.0),
    ("inf / 0.0", lambda: float("inf") / 0.0),
    ("nan / 0", lambda: float("nan") / 0),
    ("1.0 / False", lambda: 1.0 / False),
    ("0.0 ** -1", lambda: 0.0 ** -1),
    ("0.0 ** -1.5", lambda: 0.0 ** -1.5),
    ("divmod(2.0, 0)", lambda: divmod(2.0, 0)),
    ("big / 0.0", lambda: 2 ** 100 / 0.0),
]
for name, f in ops:
    try:
        r = f()
        print(name, "=", r)
    except ZeroDivisionError as e:
        print(name, "->", str(e))
x = 3.0
try:
    x /= 0
except ZeroDivisionError as e:
    print("aug:", e, x)
print(0.0 / 1, -0.0 / 1, 0.0 / -1, 1e-320 / 1e10)
try:
    print(1e308 / 1e-308)
except OverflowError as e:
    print("OverflowError:", e)
print(1e308 / 0.1, 5e-324 / 2, -5e-324 / 2)
