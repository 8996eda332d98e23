# issubset/issuperset/isdisjoint and comparison operators.
a = {1, 2}
b = {1, 2, 3}
c = {4, 5}
print(a.issubset(b), b.issubset(a), a.issuperset(b), b.issuperset(a), a.isdisjoint(c), a.isdisjoint(b))
print(a <= b, a < b, b < b, b <= b, b >= a, b > a, a > a, a == {2, 1}, a != b)
print(set() <= a, set() < a, set() < set(), a.issubset(range(5)), b.issuperset([1, 3]), c.isdisjoint("ab"))
print(a.issubset([1, 2]), a.issuperset(()), set().isdisjoint(set()), frozenset(a) == a, frozenset(a) <= b)
print(a < c, a > c, a <= c, a == c)
try:
    a < [1, 2, 3]
except TypeError as e:
    print("TypeError:", e)
try:
    a.issubset(5)
except TypeError as e:
    print("TypeError:", e)
print({1, 2} == [1, 2], {1} == {1.0}, {1, 2} == frozenset([2, 1]), set() == frozenset())
sets = [{1}, {1, 2}, {2}, set(), {1, 2, 3}, {3}]
for x in sets:
    print(sorted(x), [y <= x for y in sets])
print(sorted(sets, key=len), max(sets, key=len), min(sets, key=len))
chain = [set(range(i)) for i in range(5)]
print(all(chain[i] < chain[i + 1] for i in range(4)))
