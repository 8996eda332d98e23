# Tuple/list unpacking, swap, nested targets
a, b = 1, 2
print(a, b)
a, b = b, a
print("swapped", a, b)
x, y, z = [10, 20, 30]
print(x, y, z)
(p, q), r = (1, 2), 3
print(p, q, r)
[s, t] = "hi"
print(s, t)
i, (j, (k, l)) = 1, (2, (3, 4))
print(i, j, k, l)
first, second = range(2)
print(first, second)
d = {"one": 1, "two": 2}
k1, k2 = d
print(k1, k2)
(v1, v2) = d.values()
print(v1, v2)
for key, value in d.items():
    print(key, "=>", value)
for idx, (ch, n) in enumerate(zip("ab", [5, 6])):
    print(idx, ch, n)
a = b = c = [0]
print(a is b is c)
a, b = b, a = 7, 8
print(a, b)
lst = [1, 2, 3]
lst[0], lst[2] = lst[2], lst[0]
print(lst)
class O:
    pass
o = O()
o.x, o.y = "X", "Y"
print(o.x, o.y)
m = [[0, 0], [0, 0]]
m[0][1], m[1][0] = 5, 6
print(m)
n1, n2 = n2, n1 = 3, 4
print(n1, n2)
i = 0
items = [10, 20]
i, items[i] = 1, 99
print(i, items)
((a1, a2),) = [(1, 2)]
print(a1, a2)
t = 1,
print(t, type(t).__name__)
single, = [42]
print(single)
fib = [0, 1]
for _ in range(8):
    prev, last = fib[-2:]
    fib.append(prev + last)
print(fib)
