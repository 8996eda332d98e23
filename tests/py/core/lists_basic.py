a = [3, 1, 4, 1, 5, 9, 2, 6]
print(a, len(a), a[0], a[-1], a[2:5], a[::-1], a[::3], sorted(a), sorted(a, reverse=True))
a.append(7); a.insert(0, 0); a.extend([8, 8]); print(a)
print(a.pop(), a.pop(0), a, a.index(5), a.count(1))
a.remove(1); print(a)
a.sort(); print(a)
a.reverse(); print(a)
b = a[:]; b[1:3] = ["x", "y", "z"]; print(b)
del b[0]; del b[::2]; print(b)
c = [[1, 2], [3, 4]]; c[0][1] = 20; print(c, c * 2, [0] * 5)
print([1, 2] + [3], [1, 2] == [1, 2], [1, 2] < [1, 3], [2] > [1, 9], 3 in [1, 2, 3])
words = ["banana", "Apple", "cherry", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), max(words), min(words, key=len))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]), list(reversed(pairs)))
print(list(range(10))[2:8:2], list(range(5, 0, -1)), sum([1, 2, 3]), sum([0.5, 0.25]), any([0, 1]), all([]))
x = [1, 2, 3]; x += [4]; x *= 2; print(x)
r = [1]; r.append(r); print(r)
print(list("abc"), list((1, 2)), list({"a": 1, "b": 2}), [i * i for i in range(6) if i % 2])
try:
    [1][5]
except IndexError as e:
    print("IndexError", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError", e)
