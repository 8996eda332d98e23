# Uncaught TypeError from a bad call; last line "TypeError: area() missing 1 required positional argument: 'h'"
def area(w, h):
    return w * h

shapes = [(2, 3), (4, 5), (6,)]
for s in shapes[:2]:
    print("area", area(*s))
try:
    area(1, 2, 3)
except TypeError as e:
    print("handled:", e)
results = {}
for i, s in enumerate(shapes):
    print("computing shape", i)
    results[i] = area(*s)
print(results)
print("unreachable")
print("still unreachable")
x = 10
print(x)
y = [1, 2]
print(y)
print("done")
