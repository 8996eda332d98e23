# Slice assignment and deletion on lists.
a = list(range(10))
a[2:4] = ["x", "y", "z"]
print(a)
a[:0] = [-2, -1]
print(a)
a[len(a):] = [100]
print(a)
a[3:8] = []
print(a)
a[1:2] = "abc"
print(a)
a[:] = range(5)
print(a)
a[1:1] = [9, 9]
print(a)
a[-2:] = (7,)
print(a)
a[10:20] = ["far"]
print(a)
a[2:1] = ["weird"]
print(a)
del a[0]
print(a)
del a[1:3]
print(a)
del a[-1]
print(a)
del a[:]
print(a, len(a))
b = [1, 2, 3]
b[0:3] = b
print(b)
b[1:2] = b
print(b)
c = list(range(6))
c[::2] = "ABC"
print(c)
del c[::3]
print(c)
try:
    c[1:2] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    c[99] = 0
except IndexError as e:
    print("IndexError:", e)
try:
    del c[99]
except IndexError as e:
    print("IndexError:", e)
d = [0] * 5
d[1] = d[3] = "set"
d[-1] += 10
print(d)
