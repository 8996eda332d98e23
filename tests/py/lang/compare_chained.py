# Chained comparisons and evaluation order / short-circuit
calls = []
def v(x):
    calls.append(x)
    return x

print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2)
print(1 < 2 > 0, 1 <= 1 < 2 <= 2, 5 > 4 >= 4 > 3)
calls.clear()
r = v(1) < v(2) < v(3)
print(r, calls)
calls.clear()
r = v(3) < v(2) < v(1)
print(r, calls)
calls.clear()
r = v(1) < v(5) > v(2) == v(2)
print(r, calls)
x = 5
print(0 < x < 10, 0 < x < 5, x == 5 == 5.0)
print(1 < 2 == 2 < 3)
print((1 < 2) == True, 1 < (2 == True))
print("a" < "b" < "c", "abc" < "abd", "Z" < "a")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, 2) == (1, 2))
print(1 in [1, 2] in [[1, 2]], 3 not in [1, 2])
print(None is None is None, None is not None)
i = 0
def counter():
    global i
    i += 1
    return i
print(0 < counter() < 10, i)
print(not 1 < 2, not (1 < 2 < 0))
print(1 < 2 and 2 < 3, 1 > 2 or 3 > 2)
