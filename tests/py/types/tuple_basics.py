# Tuple packing/unpacking, indexing, slicing, count/index.
t = 1, 2, 3
print(t, type(t).__name__, len(t))
single = 5,
print(single, (5), (5,), tuple(), (), len(()))
a, b, c = t
print(a, b, c)
x, *rest = (10, 20, 30, 40)
print(x, rest)
*init, last = "abcd"
print(init, last)
p, (q, r) = 1, (2, 3)
print(p, q, r)
print(t[0], t[-1], t[1:], t[::-1], t[::2], t[5:], t[-100:1], type(t[1:]).__name__)
u = (3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5)
print(u.count(5), u.count(7), u.index(1), u.index(5, 5), u.index(3, 1), u.index(5, -3))
try:
    u.index(8)
except ValueError as e:
    print("ValueError:", e)
try:
    t[3]
except IndexError as e:
    print("IndexError:", e)
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
print(t + (4, 5), t * 2, 2 * (0,), () * 5, (1,) * 0, 3 in t, 7 not in t)
m = ([1], [2])
m[0].append(99)
print(m)
try:
    m[0] += [100]
except TypeError as e:
    print("TypeError:", e)
print(m)
s = t
s += (4,)
print(s, t, s is t)
print(tuple([1, 2]), tuple("hi"), tuple(range(3)), tuple({"k": 1}), tuple(x for x in "ab"))
swap_a, swap_b = "first", "second"
swap_a, swap_b = swap_b, swap_a
print(swap_a, swap_b)
for i, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print(i, k, v)
try:
    a, b = (1, 2, 3)
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c, d = (1, 2)
except ValueError as e:
    print("ValueError:", e)
