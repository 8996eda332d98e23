# union/intersection/difference/symmetric_difference and operator forms.
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([8, 9], (10,)), a.intersection(range(3), [1, 2, 9]), a.difference([1], {2}), a.union())
print(a.symmetric_difference([5, 6]), a.intersection(), a.difference())
print(a, b)
try:
    a | [6]
except TypeError as e:
    print("TypeError:", e)
try:
    a & (1,)
except TypeError as e:
    print("TypeError:", e)
c = {1, 2}
c |= {3}
print(c)
c &= {2, 3, 4}
print(c)
c -= {3}
print(c)
c ^= {2, 9}
print(c)
fs = frozenset({1, 2})
print(fs | {3}, type(fs | {3}).__name__, {3} | fs, type({3} | fs).__name__)
print(fs & {2}, fs - {1}, fs ^ {1, 5}, type(fs.union([9])).__name__)
e = set()
print(e | e, e & a, a - e, e ^ a, a - a, a & a == a)
print(set(range(10)) - set(range(0, 10, 2)) - set(range(0, 10, 3)))
evens = {x for x in range(20) if x % 2 == 0}
threes = {x for x in range(20) if x % 3 == 0}
print(evens & threes, sorted(evens | threes), sorted(evens ^ threes), len(evens - threes))
print({1, 2} | {2, 3} & {3, 4}, ({1, 2} | {2, 3}) & {3, 4}, {1, 2, 3} - {1} - {2})
