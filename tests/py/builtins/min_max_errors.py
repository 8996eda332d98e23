# Error messages from min() and max().
cases = [
    ("min([])", lambda: min([])),
    ("max(())", lambda: max(())),
    ("min()", lambda: min()),
    ("max(5)", lambda: max(5)),
    ("min(1, 'a')", lambda: min(1, "a")),
    ("max([1, None])", lambda: max([1, None])),
    ("min(1, 2, default=0)", lambda: min(1, 2, default=0)),
    ("max([], key=len)", lambda: max([], key=len)),
    ("min([1], key=5)", lambda: min([1], key=5)),
    ("max([1], foo=1)", lambda: max([1], foo=1)),
    ("min(iter([]))", lambda: min(iter([]))),
    ("max({})", lambda: max({})),
    ("min([[1], (1,)])", lambda: min([[1], (1,)])),
    ("max('')", lambda: max("")),
]
for name, f in cases:
    try:
        print(name, "=", f())
    except (ValueError, TypeError) as e:
        print(name, "->", type(e).__name__ + ":", e)
print(max([], default=[]), min([], key=len, default="d"), max([None], key=lambda x: 0))
try:
    max([1, 2], key=lambda x: 1 / (x - 2))
except ZeroDivisionError as e:
    print("key raised:", e)
def gen():
    yield 3
    raise ValueError("from generator")
try:
    min(gen())
except ValueError as e:
    print("ValueError:", e)
