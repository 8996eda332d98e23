a, b = 1, 2; a, b = b, a; print(a, b)
x, *y = [1, 2, 3]; print(x, y)
*x, y = (1, 2, 3); print(x, y)
p, (q, r), s = 1, (2, 3), 4; print(p, q, r, s)
first, *mid, last = "hello"; print(first, mid, last)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
print([*range(3), *"ab"], (*[1, 2], 3), {**{"a": 1}, "b": 2}, {*[1, 2], 3})
def f(*args, **kw): return args, kw
print(f(*[1, 2], *(3,), **{"a": 1}, **{"b": 2}))
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
try:
    a, b = 5
except TypeError as e:
    print(e)
m = [[1, 2], [3, 4]]
for (a, b) in m:
    print(a * b)
(lambda: print("lambda ran"))()
