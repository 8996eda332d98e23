# Generator expressions: laziness, single-use, scoping
g = (x * x for x in range(5))
print(type(g).__name__)
print(next(g), next(g))
print(list(g), list(g))
print(sum(x for x in range(101)))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(list(x for x in range(20) if x % 3 == 0 if x % 2 == 0))
print(list((x, y) for x in range(3) for y in range(x)))
log = []
def src():
    for i in range(3):
        log.append(f"produce {i}")
        yield i
lazy = (v * 10 for v in src())
print("created, log =", log)
print(next(lazy), log)
print(list(lazy), log)
def outer_iter():
    print("evaluated eagerly")
    return [1, 2]
g2 = (a for a in outer_iter())
print("before iteration")
print(list(g2))
try:
    g3 = (1 / a for a in [1, 0])
    print(next(g3))
    print(next(g3))
except ZeroDivisionError as e:
    print("error at iteration time:", e)
n = 3
g4 = (n * i for i in range(3))
n = 10
print(list(g4))
print(sorted((c for c in "hello"), reverse=True))
print(dict((k, k * 2) for k in range(3)))
print(tuple(str(i) for i in range(4)))
print("-".join(w.upper() for w in "a b c".split()))
print(any(x > 3 for x in [1, 2, 5]), all(x < 3 for x in [1, 2, 5]))
nested = ((i, j) for i in range(2) for j in (x * i for x in range(3)))
print(list(nested))
x = "outer x"
print(list(x for x in "ab"), x)
