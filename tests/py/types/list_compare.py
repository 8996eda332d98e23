# List comparisons: lexicographic, element-wise, mixed numeric types.
pairs = [([], []), ([], [1]), ([1], []), ([1, 2], [1, 2]), ([1, 2], [1, 3]), ([1, 3], [1, 2, 5]),
         ([1, 2], [1, 2, 0]), ([2], [1, 9, 9]), (["a"], ["b"]), ([1.0], [1]), ([[1]], [[1, 0]]), ([0, "x"], [1])]
for x, y in pairs:
    print(x, y, x == y, x != y, x < y, x <= y, x > y, x >= y)
print([1, 2] == (1, 2), [1] == 1, [] == None, [] == [], [[]] == [[]])
print(max([[1, 2], [1, 3], [0, 9]]), min([[2], [1, 5], [1]]))
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print("TypeError:", e)
try:
    [1] < (1,)
except TypeError as e:
    print("TypeError:", e)
inf = float("inf")
print([inf] == [inf], [1, inf] < [2, -inf], [-inf] < [0], [0.0] == [-0.0], [1e308 * 10] == [inf])
class Eq:
    calls = 0
    def __eq__(self, other):
        Eq.calls += 1
        return True
e1, e2 = Eq(), Eq()
print([e1, 1] == [e2, 1], Eq.calls)
print([e1] == [e1], Eq.calls)
print([1, 2, 3] < [1, 2, 4] < [1, 3])
print(sorted([[3, 1], [1, 2, 3], [1, 2], [2]]))
