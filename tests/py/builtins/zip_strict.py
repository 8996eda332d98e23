# zip(strict=True) length mismatch errors.
print(list(zip([1, 2], "ab", strict=True)), list(zip(strict=True)), list(zip([], [], strict=True)))
cases = [([1, 2, 3], [1, 2]), ([1], [1, 2]), ([1, 2], [1, 2], [1]), ([1, 2], [1], [1, 2]), ([], [1]),
         ([1, 2], [1, 2], [1, 2, 3])]
for args in cases:
    out = []
    try:
        for t in zip(*args, strict=True):
            out.append(t)
        print("ok", out)
    except ValueError as e:
        print(len(out), "ValueError:", e)
def g():
    yield 1
    yield 2
try:
    print(list(zip(g(), [1, 2, 3], strict=True)))
except ValueError as e:
    print("ValueError:", e)
print(list(zip("ab", "cd", strict=False)), list(zip("abc", "d", strict=False)))
try:
    zip([1], strict=1, other=2)
except TypeError as e:
    print("TypeError:", e)
z = zip("abc", "12", strict=True)
print(next(z), next(z))
try:
    next(z)
except ValueError as e:
    print("ValueError:", e)
