# Mutating a list while iterating over it (well-defined CPython behaviour).
a = [1, 2, 3, 4, 5, 6]
for x in a:
    if x % 2 == 0:
        a.remove(x)
print(a)
b = [1, 2, 3]
seen = []
for x in b:
    seen.append(x)
    if len(b) < 6:
        b.append(x * 10)
print(seen, b)
c = list(range(10))
i = 0
while i < len(c):
    if c[i] % 3 == 0:
        del c[i]
    else:
        c[i] *= 2
        i += 1
print(c)
d = list(range(8))
for i in range(len(d) - 1, -1, -1):
    if d[i] % 2:
        d.pop(i)
print(d)
e = [1, 2, 3, 4]
for i, x in enumerate(e):
    e[i] = x * x
print(e)
f = [5, 6, 7]
for x in f:
    f.insert(0, 0) if len(f) < 6 else None
print(f)
g = [1, 2, 3, 4, 5]
it = iter(g)
print(next(it), next(it))
g.clear()
print(list(it))
h = [1, 2, 3]
it = iter(h)
next(it)
h[:] = [10, 20, 30, 40]
print(list(it))
k = [3, 1, 2]
for x in k[:]:
    k.append(x)
print(k)
m = [0, 1, 2, 3, 4, 5]
for x in m:
    del m[0]
print(m)
n = list(range(6))
for x in reversed(n):
    if x == 3:
        n.append(99)
print(n)
