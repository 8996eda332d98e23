# Set comprehensions (ints printed directly, strings sorted).
print({x % 7 for x in range(30)})
print({x * x for x in range(-5, 6)})
print({x for x in range(20) if x % 3 == 0 and x % 2 == 0})
print({(x, y) for x in range(2) for y in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
print(sorted({w.lower() for w in "The the THE quick Quick fox".split()}))
print(sorted({len(w) for w in "a bb ccc dd e".split()}), {len(w) for w in "a bb ccc dd e".split()})
print(sorted({c for c in "mississippi"}), len({c for c in "mississippi"}))
x = "outer"
s = {x for x in range(3)}
print(s, x)
print({n for n in []}, set(n for n in [1, 1, 2]))
print({abs(n) for n in [-3, -2, -1, 0, 1, 2, 3]})
print({n // 10 for n in range(0, 100, 7)})
primes = {n for n in range(2, 50) if all(n % d for d in range(2, n))}
print(primes, len(primes), sorted(primes)[-1])
composites = set(range(2, 50)) - primes
print(len(composites), min(composites), max(composites))
pairs = {(a, b) for a in range(4) for b in range(a, 4) if a + b == 4}
print(sorted(pairs))
print({frozenset({i, i + 1}) for i in range(3)} == {frozenset({0, 1}), frozenset({1, 2}), frozenset({2, 3})})
