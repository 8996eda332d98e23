# Tuple count/index with start/stop and various errors.
t = ("a", "b", "a", "c", "a", 1, 1.0, True)
print(t.count("a"), t.count(1), t.count(True), t.count(1.0), t.count("z"))
print(t.index("a"), t.index("a", 1), t.index("a", 3), t.index("a", -4), t.index(1), t.index(True))
for args in [("z",), ("a", 5), ("a", 0, 0), ("c", 4, 100)]:
    try:
        print(t.index(*args))
    except ValueError as e:
        print(args, "ValueError:", e)
try:
    t.append(1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    t.sort()
except AttributeError as e:
    print("AttributeError:", e)
try:
    (1, 2) + [3]
except TypeError as e:
    print("TypeError:", e)
try:
    (1, 2) * (2,)
except TypeError as e:
    print("TypeError:", e)
try:
    tuple(5)
except TypeError as e:
    print("TypeError:", e)
try:
    t["0"]
except TypeError as e:
    print("TypeError:", e)
print(sorted((3, 1, 2)), tuple(sorted((3, 1, 2))), tuple(reversed((1, 2, 3))), sum((1, 2, 3)))
print(max((4, 9, 2)), min(("b", "a")), len(("x",) * 100), any(()), all(()))
nt = ((1, "one"), (2, "two"), (3, "three"))
print(dict(nt), [n for n, _ in nt], tuple(w for _, w in nt))
print(divmod(17, 5), type(divmod(17, 5)).__name__, tuple(divmod(-17, 5)))
def stats(*args):
    return min(args), max(args), sum(args) / len(args)
lo, hi, mean = stats(4, 8, 15, 16, 23, 42)
print(lo, hi, mean, stats(1))
print((1, 2, 3)[1:2], (1, 2, 3)[::-1][0], ("only",)[0], ((1, 2),)[0][1])
