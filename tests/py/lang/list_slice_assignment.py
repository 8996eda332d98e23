# Slice assignment and deletion on lists
l = list(range(10))
l[2:5] = ["a", "b"]
print(l)
l[:0] = [-2, -1]
print(l)
l[len(l):] = [100, 101]
print(l)
l[::2] = "X" * len(l[::2])
print(l)
try:
    l[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
l = list(range(6))
l[1:5] = []
print(l)
l = list(range(6))
l[::-2] = ["p", "q", "r"]
print(l)
l = [1, 2, 3]
l[1:1] = [9, 9]
print(l)
l[:] = "xyz"
print(l)
l[5:10] = [0]
print(l)
l[-1:] = []
print(l)
l[0:2] = range(4)
print(l)
l[:] = (i * i for i in range(3))
print(l)
try:
    l[0:1] = 5
except TypeError as e:
    print("TypeError:", e)
a = [0, 1, 2, 3, 4, 5, 6, 7]
del a[1::3]
print(a)
del a[::-1]
print(a)
b = [1, 2, 3, 4]
b[1:3] = b
print(b)
c = [1, 2, 3]
alias = c
c[:] = [7]
print(c, alias, c is alias)
d = list(range(8))
d[2:6:2] = ["even1", "even2"]
print(d)
e = [0] * 5
e[1:4] = [e[0] + 1] * 3
print(e)
f = list(range(5))
f[3:1] = ["ins"]
print(f)
g = list(range(5))
g[-2:-4:-1] = ["m", "n"]
print(g)
