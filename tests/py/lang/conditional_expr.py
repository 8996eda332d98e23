# Conditional expressions: evaluation laziness and nesting
log = []
def t(x):
    log.append(x)
    return x
r = t("yes") if t(True) else t("no")
print(r, log)
log.clear()
r = t("yes") if t(0) else t("no")
print(r, log)
def sign(n):
    return "neg" if n < 0 else "zero" if n == 0 else "pos"
print([sign(n) for n in (-2, 0, 2)])
print((1 if True else 2) * 10, 1 if False else 2 * 10)
x = 5
s = "big" if x > 3 else "small"
print(s)
f = (lambda: "A") if x else (lambda: "B")
print(f())
print([i if i % 2 else -i for i in range(6)])
print({k: ("odd" if k % 2 else "even") for k in range(4)})
print(max(3, 7) if x else None)
nested = "a" if x > 10 else ("b" if x > 4 else "c")
print(nested)
print("v" + ("1" if x == 5 else "2"))
try:
    print(1 / 0 if False else "lazy ok")
except ZeroDivisionError:
    print("not lazy!")
val = None
print(val if val is not None else "fallback")
print(sum(i if i < 3 else 0 for i in range(10)))
