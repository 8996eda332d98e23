s = {5, 3, 1, 3}
print(s, len(s), 3 in s, 4 in s)
s.add(10); s.add(-1); s.discard(3); print(s)
print({1, 2, 3} | {3, 4}, {1, 2, 3} & {2, 3, 4}, {1, 2, 3} - {2}, {1, 2, 3} ^ {3, 4})
print(set(range(20)), set([100, 7, 33, 64, 8]), {-5, -1, 0, 4, 9})
print(set(), frozenset([3, 2, 1]), frozenset(), {frozenset([1]): "x"})
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} >= {3}, {1}.isdisjoint({2}))
a = set(range(10)); a -= {1, 2}; a &= set(range(8)); a |= {50}; a ^= {0, 51}; print(a)
print(sorted({"b", "a", "c"}), len({"x", "y"}), {i % 5 for i in range(20)})
t = {1, 2, 3}; print(t.pop(), t)
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
try:
    {1}.remove(2)
except KeyError as e:
    print("KeyError", e)
big = set(range(0, 200, 7)); big.discard(14); print(big)
print({x * 37 % 101 for x in range(30)})
