# Dict comprehensions.
sq = {n: n * n for n in range(6)}
print(sq)
print({k: v for k, v in sq.items() if v % 2 == 0})
print({v: k for k, v in sq.items()})
print({c: ord(c) for c in "hello"})
print({w: len(w) for w in "the quick brown fox".split()})
print({(i, j): i * j for i in range(3) for j in range(3) if i <= j})
print({k % 3: k for k in range(10)})
print({str(i): [j for j in range(i)] for i in range(4)})
words = ["apple", "bob", "cat", "apple", "dog", "bob"]
print({w: words.count(w) for w in words})
print({i: ("even" if i % 2 == 0 else "odd") for i in range(5)})
nested = {outer: {inner: outer * inner for inner in range(1, 3)} for outer in range(1, 4)}
print(nested)
print({k: v for k, v in zip("abc", [1, 2, 3])}, dict(zip("abc", range(3))))
x = 100
res = {x: x + 1 for x in range(3)}
print(res, x)
inverted = {}
for k, v in {"a": 1, "b": 2, "c": 1}.items():
    inverted.setdefault(v, []).append(k)
print(inverted)
print({k: sorted(v) for k, v in {"z": [3, 1, 2], "y": [9, 8]}.items()})
try:
    {[i]: i for i in range(2)}
except TypeError as e:
    print("TypeError:", e)
print(len({i % 5: i for i in range(100)}), {i % 5: i for i in range(100)})
