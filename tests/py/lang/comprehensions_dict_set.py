# Dict and set comprehensions
print({x: x * x for x in range(6)})
print({k: v for k, v in zip("abc", range(3))})
print({v: k for k, v in {"a": 1, "b": 2, "c": 3}.items()})
print({x % 3 for x in range(10)})
print(sorted({x * x for x in range(-4, 5)}))
print({i: [j for j in range(i)] for i in range(4)})
print({(i, j): i * j for i in range(3) for j in range(3) if i <= j})
words = ["apple", "bob", "cat", "apricot", "banana"]
by_first = {}
for w in words:
    by_first.setdefault(w[0], []).append(w)
print(by_first)
print({k: len(v) for k, v in by_first.items()})
print({len(w) for w in words})
print({w: len(w) for w in words if len(w) > 3})
d = {x: x for x in [1, 2, 1, 3, 2]}
print(d, len(d))
print({1: "a", 1.0: "b", True: "c"})
print({k: v for k, v in [("x", 1), ("x", 2)]})
squares = {n: n ** 2 for n in range(1, 6)}
print(sum(squares.values()), list(squares.keys()))
inv = {v: k for k, v in squares.items()}
print(inv[16], inv.get(7))
print({n for n in range(30) if n % 7 == 0} | {1, 2})
print({c: i for i, c in enumerate("hello")})
x = 5
print({x: x for x in range(2)}, x)
nested = {i: {j: i + j for j in range(2)} for i in range(2)}
print(nested)
print({k: (lambda k=k: k * 2)() for k in range(3)})
print(sorted({frozenset([1, 2]), frozenset([2, 1]), frozenset([3])}, key=len))
