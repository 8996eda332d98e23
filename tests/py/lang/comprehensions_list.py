# List comprehensions: conditions, nesting, scoping
print([x * 2 for x in range(6)])
print([x for x in range(20) if x % 2 if x % 3])
print([x if x % 2 else -x for x in range(6)])
print([(i, j) for i in range(3) for j in range(3) if i != j])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for row in matrix for i in range(len(row)) if i == 1])
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row])
print([[0] * 3 for _ in range(2)])
x = "outer"
r = [x for x in "abc"]
print(r, x)
print([c.upper() for c in "hello" if c not in "lo"])
print([len(w) for w in "the quick brown fox".split()])
print([n for n in range(2, 30) if all(n % d for d in range(2, n))])
print([(lambda v: v * v)(i) for i in range(4)])
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
print([i for i in range(3) for i in range(i, i + 2)])
class K:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(K.doubled)
y = 10
print([y + i for i in range(3)])
print([[j for j in range(i)] for i in range(4)])
s = [1, 2, 3]
print([a * b for a, b in zip(s, s[1:])])
print([(k, v) for k, v in {"a": 1, "b": 2}.items()])
print([str(n) for n in [1, 2.5, None, True]])
res = []
for i in range(3):
    res.append([i * j for j in range(3)])
print(res == [[i * j for j in range(3)] for i in range(3)])
print([*range(3), *[10, 20]])
