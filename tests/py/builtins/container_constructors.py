# list(), tuple(), dict(), set(), frozenset() constructors.
print(list(), tuple(), dict(), set(), frozenset())
print(list("ab"), tuple("ab"), sorted(set("ab")), sorted(frozenset("ab")))
print(list(range(3)), tuple(range(3)), set(range(3)), frozenset(range(3)))
print(dict(a=1, b=2), dict([("a", 1), ("b", 2)]), dict({"a": 1}, b=2), dict(zip("ab", [1, 2])))
print(dict([["k", "v"], ("x", "y"), "pq"]), dict([(1, 2)], one=1), dict(dict(z=26)))
print(dict.fromkeys("ab"), dict(((i, i * i) for i in range(3))))
for bad in [[1], [(1, 2, 3)], ["abc"], 5]:
    try:
        dict(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    dict({"a": 1}, {"b": 2})
except TypeError as e:
    print("TypeError:", e)
print(set([1, 2, 2, 3]), set((3, 2, 1)), set({"a": 1}) == {"a"}, set(x % 3 for x in range(9)))
for bad in ([[1]], [{}], 5):
    try:
        set(bad)
    except TypeError as e:
        print("TypeError:", e)
print(list({1: "a", 2: "b"}), tuple({1: "a"}.items()), list({"k": "v"}.values()))
class KeysObj:
    def keys(self):
        return ["x", "y"]
    def __getitem__(self, k):
        return k.upper()
print(dict(KeysObj()), dict(**{"a": 1}, b=2))
t = (1, 2)
print(tuple(t) is t, list(t) == [1, 2], frozenset(frozenset([1])) == frozenset([1]))
nested = list([list("ab"), tuple("cd")])
print(nested, [list(x) for x in nested])
