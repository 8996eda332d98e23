# ZeroDivisionError messages from various operations
cases = [
    ("1 / 0", lambda: 1 / 0),
    ("1 // 0", lambda: 1 // 0),
    ("1 % 0", lambda: 1 % 0),
    ("1.0 / 0", lambda: 1.0 / 0),
    ("1 / 0.0", lambda: 1 / 0.0),
    ("1.0 // 0.0", lambda: 1.0 // 0.0),
    ("1.0 % 0.0", lambda: 1.0 % 0.0),
    ("divmod(1, 0)", lambda: divmod(1, 0)),
    ("divmod(1.0, 0.0)", lambda: divmod(1.0, 0.0)),
    ("0 ** -1", lambda: 0 ** -1),
    ("0.0 ** -1", lambda: 0.0 ** -1),
    ("True / False", lambda: True / False),
    ("(2**100) // 0", lambda: (2 ** 100) // 0),
]
for label, fn in cases:
    try:
        r = fn()
        print(label, "->", r)
    except ZeroDivisionError as e:
        print(label, "-> ZeroDivisionError:", e)
x = 10
try:
    x /= 0
except ZeroDivisionError as e:
    print("augmented:", e, x)
try:
    x //= 0
except ArithmeticError as e:
    print("caught as ArithmeticError:", type(e).__name__, e)
print(isinstance(ZeroDivisionError(), ArithmeticError))
print(issubclass(ZeroDivisionError, Exception))
