# map and filter, lazily evaluated.
print(list(map(str, [1, 2, 3])), list(map(len, ["a", "bb", ""])), list(map(abs, [-1, 2, -3.5])))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5])), list(map(pow, [2, 3], [3, 2], [5, 5])))
print(list(map(str.upper, "abc")), list(map(int, "123")), list(map(float, ["1.5", "2"])))
m = map(lambda x: x * 2, range(3))
print(type(m).__name__, next(m), list(m), list(m))
log = []
def noisy(x):
    log.append(x)
    return x + 1
m2 = map(noisy, [1, 2, 3])
print(log)
print(next(m2), log)
print(list(filter(None, [0, 1, "", "x", [], [0], None, False, True, 0.0])))
print(list(filter(lambda c: c.isdigit(), "a1b2c3")), list(filter(str.isupper, "aBcDe")))
print(list(filter(lambda n: n % 3 == 0, range(20))), list(filter(None, ())))
f = filter(lambda x: x > 0, [-1, 2, -3, 4])
print(type(f).__name__, next(f), list(f))
print(sum(map(int, "12345")), max(map(len, "a bb ccc".split())), sorted(map(lambda s: s[::-1], ["ab", "ca"])))
print(list(map(tuple, ["ab", "c"])), dict(map(lambda kv: (kv[1], kv[0]), {"a": 1}.items())))
try:
    map(len)
except TypeError as e:
    print("TypeError:", e)
try:
    list(map(len, [1]))
except TypeError as e:
    print("TypeError:", e)
try:
    filter(1, [1]).__next__()
except TypeError as e:
    print("TypeError:", e)
words = ["apple", "Bob", "civic", "Deed", "eve", "xyz"]
print(list(filter(lambda w: w.lower() == w.lower()[::-1], words)))
print(list(map(lambda p: p[0] + p[1], zip("ab", "cd"))))
