# zip with different lengths and iterables.
print(list(zip([1, 2, 3], "abc")), list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip([], [1])))
print(list(zip(range(3), range(10, 13), range(20, 23))), list(zip("ab", "cd", "ef", "gh")))
z = zip("xy", [1, 2])
print(type(z).__name__, next(z), next(z), next(z, "end"), iter(z) is z)
pairs = [(1, "one"), (2, "two"), (3, "three")]
nums, names = zip(*pairs)
print(nums, names)
print(list(zip(*zip("abc", "123"))))
print(dict(zip("abc", range(3))), [a + b for a, b in zip([1, 2], [10, 20])])
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(col) for col in zip(*matrix)])
it = iter(range(6))
print(list(zip(it, it)))
consumed = []
def gen(tag, n):
    for i in range(n):
        consumed.append((tag, i))
        yield i
print(list(zip(gen("a", 3), gen("b", 1))))
print(consumed)
try:
    zip(1, [2])
except TypeError as e:
    print("TypeError:", e)
print(list(zip({1: "a", 2: "b"}, {3: "c"})), list(zip("ab", {"k": 0}.items())))
print(sum(a * b for a, b in zip([1, 2, 3], [4, 5, 6])))
for i, (a, b) in enumerate(zip("AB", "ab")):
    print(i, a, b)
