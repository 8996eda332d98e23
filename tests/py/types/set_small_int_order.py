# Iteration order of sets of small non-negative ints (CPython hash-table order).
print({3, 1, 2}, {10, 5, 0, 7}, {100, 1, 50, 25}, set(range(10)), set(range(10, 0, -1)))
print({8, 16, 32, 64, 128}, {33, 1, 65, 97}, {0, 8, 16, 24, 32})
print(set([31, 7, 15, 0, 63]), {1000, 100, 10, 1}, {40, 41, 8, 9})
s = set()
for x in [50, 3, 17, 8, 99, 42, 0, 64, 33]:
    s.add(x)
    print(s)
for x in [3, 99, 0]:
    s.discard(x)
    print(s)
print(list({9, 8, 7, 6, 5, 4, 3, 2, 1}), tuple({20, 2, 200}))
print({i * 8 for i in range(10)})
print({i * 32 for i in range(12)})
print(set(range(0, 200, 13)))
big = set(range(100))
for i in range(0, 100, 3):
    big.remove(i)
print(big)
print({2 ** i for i in range(12)})
print(set([5, 5, 5, 1, 1]), {True, 2, 0}, {0, False, 1, True})
print(frozenset({6, 2, 9}), frozenset(range(5)), frozenset())
t = {17, 9, 1}
t.update([25, 33])
print(t)
u = {1, 2, 3} | {40, 8}
print(u, {1, 2, 3, 4} & {4, 3, 10}, {9, 1, 5} - {5}, {1, 2} ^ {2, 30})
print(sum({1, 2, 3}), max({4, 9, 1}), sorted({7, 3, 5}), len({1, 1, 2}))
