# sorted(): returns new list, key, reverse, stability.
src = [3, 1, 2]
out = sorted(src)
print(out, src, out is src, sorted(src, reverse=True), src)
print(sorted("hello"), sorted((3, 2, 1)), sorted({3: "x", 1: "y"}), sorted({5, 2, 9}), sorted(range(3, 0, -1)))
print(sorted([]), sorted(""), sorted([1]), sorted(iter([2, 1])), sorted(x % 4 for x in range(10)))
print(sorted([2.5, 1, -3, 0.0, True]), sorted([-1, -0.5, 0, 0.5, 1, False]))
people = [("ann", 31), ("bob", 25), ("cal", 31), ("dee", 25), ("eve", 28)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(sorted(people), key=lambda p: p[1]))
print(sorted(["b", "A", "c", "B", "a"]), sorted(["b", "A", "c", "B", "a"], key=str.lower))
print(sorted(["b", "A", "c", "B", "a"], key=str.lower, reverse=True))
print(sorted(["10", "9", "100", "1"]), sorted(["10", "9", "100", "1"], key=int), sorted(["x10", "x9"], key=len))
print(sorted([[3, 1], [2], [2, 0], []]), sorted([(1, "b"), (1, "a"), (0, "z")]))
print(sorted({"b": 2, "a": 1}.items()), sorted({"b": 2, "a": 1}.items(), key=lambda kv: kv[1], reverse=True))
calls = []
def key(x):
    calls.append(x)
    return -x
print(sorted([1, 2, 3], key=key), calls)
for bad in ([1, "a"], [None, 1], [[1], (1,)]):
    try:
        sorted(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print("TypeError:", e)
try:
    sorted()
except TypeError as e:
    print("TypeError:", e)
print(sorted([3, 1, 2], key=None), sorted([3, 1, 2], reverse=0), sorted([3, 1, 2], reverse=1))
rev_stable = sorted([(1, "a"), (0, "b"), (1, "c"), (0, "d")], key=lambda t: t[0], reverse=True)
print(rev_stable)
