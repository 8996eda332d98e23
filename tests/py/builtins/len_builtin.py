# len() of builtin containers and custom __len__.
print(len(""), len("abc"), len("é☃😀"), len(b"\x00\xff"), len(bytearray(3)), len([]), len([[], []]))
print(len(()), len((1,)), len({}), len({1: 2, 3: 4}), len(set()), len({1, 1, 2}), len(frozenset("aab")))
print(len(range(10)), len(range(0, 10, 3)), len(range(10, 0)), len(range(-5, 5, 2)), len(range(2 ** 62)))
d = {"a": 1, "b": 2}
print(len(d.keys()), len(d.values()), len(d.items()))
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(len(L(0)), len(L(7)), len(L(True)))
for bad in (L(-1), L("3"), L(2.0)):
    try:
        len(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    len(L(2 ** 70))
except OverflowError as e:
    print("OverflowError:", e)
for bad in (5, None, 1.5, iter([]), (x for x in []), len):
    try:
        len(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    len()
except TypeError as e:
    print("TypeError:", e)
try:
    len([], [])
except TypeError as e:
    print("TypeError:", e)
a = []
for i in range(5):
    a.append(i)
    print(len(a), end=" ")
print()
s = "x"
for _ in range(4):
    s += s
print(len(s), len(s * 3), len(str(2 ** 1000)), len(repr("a\n")), len(list(zip("ab", "xyz"))))
