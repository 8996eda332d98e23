# Uncaught assertion ends the program: last stderr line "AssertionError: invariant broken: 3"
def invariant(values):
    total = 0
    for v in values:
        total += v
        print("running total", total)
    return total

print("start")
t = invariant([1, 2, 3, 4])
print("total", t)
assert t == 10, "sum mismatch"
print("first assert passed")
items = [2, 4, 6, 3, 8]
for i, v in enumerate(items):
    print("checking", i, v)
    assert v % 2 == 0, f"invariant broken: {v}"
print("not reached")
for j in range(3):
    print(j)
print("still not reached")
x = 1
y = 2
z = x + y
print(z)
