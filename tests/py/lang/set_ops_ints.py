# Set operations with small ints (deterministic printing)
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([7], (8,)), a.intersection(range(3)))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {1}, a > a)
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint(b), a.isdisjoint({9}))
s = set()
s.add(3); s.add(1); s.add(3)
print(s, len(s))
s.update([5, 6], {7})
print(s)
s.discard(99); s.discard(5)
print(s)
s.remove(6)
print(s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
c = a.copy()
c &= {1, 2, 9}
print(c, a)
c |= {10}
c -= {1}
c ^= {2, 3}
print(c)
print(set("aab") == {"a", "b"}, set([1, 1, 2]), set(range(5)), set())
print(frozenset([1, 2]) | {3}, {3} | frozenset([1]), type(frozenset([1]) | {3}).__name__)
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
d = {frozenset([1, 2]): "fs"}
print(d[frozenset([2, 1])])
print(sorted({x % 5 for x in range(20)}), len({1, 1.0, True}))
print(1 in a, 10 in a, {1, 2} == {2, 1}, {1} != {1, 2})
e = {10, 20, 30}
popped = []
while e:
    popped.append(e.pop())
print(sorted(popped), e)
print(sorted({-1, -5, 3, 0}), max({4, 9, 2}), sum({1, 2, 3}))
print({i for i in range(10) if i % 2} - {1, 9})
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
print(list({3: 0, 1: 0, 2: 0}.keys() & {1, 2}))
