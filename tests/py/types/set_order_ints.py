# Iteration order of int sets must be CPython's: adds, discards, pops and regrowth over
# many sizes and key spreads (collisions, negatives, keys far larger than the table).
def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) % 2147483648
        yield seed

gen = lcg(2024)
spreads = [8, 16, 50, 1000, 2 ** 20, 2 ** 40, 2 ** 62, 2 ** 70]
for spread in spreads:
    for n in (1, 3, 5, 6, 9, 18, 19, 40, 77):
        keys = [next(gen) % spread - (spread // 3 if n % 2 else 0) for _ in range(n)]
        s = set()
        for k in keys:
            s.add(k)
        print(spread, n, s)
        for k in keys[::3]:
            s.discard(k)
        print(" discard", s)
        for k in keys[::2]:
            s.add(k * 8)
        print(" regrow", s)
        popped = [s.pop() for _ in range(min(4, len(s)))]
        print(" pop", popped, s)
        s.add(spread + 1)
        s.add(-spread)
        print(" add", s)

# multiples of the table size collide in the first slot
for step in (8, 32, 64, 128, 1024):
    s = {i * step for i in range(12)}
    print(step, s)
    s2 = set()
    for i in range(11, -1, -1):
        s2.add(i * step + 1)
    print(step, s2, s2 == {i * step + 1 for i in range(12)})

# -1 hashes like -2
print({-1, -2, -3, 7, 6, 15})
print({2 ** 61 - 1, 2 ** 61, 0, 1, -(2 ** 61), 2 ** 64})
# dummies reused by later adds
s = set(range(20))
for i in range(0, 20, 2):
    s.remove(i)
for i in range(100, 110):
    s.add(i)
print(s)
s.clear()
s.update([5, 13, 21])
print(s, s.pop(), s)
