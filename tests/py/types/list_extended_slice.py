# Extended slice assignment and deletion (step != 1).
a = list(range(12))
a[::3] = ["a", "b", "c", "d"]
print(a)
a[1::3] = [None] * 4
print(a)
a[::-4] = ["X", "Y", "Z"]
print(a)
del a[::2]
print(a)
del a[::-2]
print(a)
b = list(range(10))
b[8:1:-2] = "PQRS"
print(b)
for size in (3, 5):
    try:
        c = list(range(10))
        c[::2] = [0] * size
    except ValueError as e:
        print("ValueError:", e)
c = list(range(10))
c[::1] = [1, 2]
print(c)
c = list(range(10))
c[::-1] = c
print(c)
d = list(range(10))
d[2:2:2] = []
print(d)
try:
    d[2:3:2] = []
except ValueError as e:
    print("ValueError:", e)
e = list(range(20))
del e[1:15:4]
print(e)
del e[::-5]
print(e)
f = list(range(8))
f[::2], f[1::2] = f[1::2], f[::2]
print(f)
g = list(range(10))
g[slice(0, 10, 5)] = ["five", "zero"]
print(g)
del g[slice(None, None, 3)]
print(g)
