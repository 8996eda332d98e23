print([x * y for x in range(4) for y in range(3) if x != y])
print({x: x ** 2 for x in range(6)}, {x % 3 for x in range(10)})
print([[i * j for j in range(3)] for i in range(3)])
m = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*m)], [x for row in m for x in row])
x = 10
print([x for x in range(3)], x)
print(sum(i for i in range(10)), any(i > 8 for i in range(10)), list(map(str, range(3))))
print(list(filter(None, [0, 1, "", "a", [], [2]])), list(map(lambda a, b: a + b, [1, 2], [10, 20])))
words = "the quick brown fox jumps over the lazy dog".split()
print({w: len(w) for w in words}, sorted({len(w) for w in words}))
print([(i, c) for i, c in enumerate("abc", start=1)])
class K:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(K.doubled)
