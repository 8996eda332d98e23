# Long-running loops at module level and in functions called once (entered compiled at the
# loop header), including while loops, nested loops, break/else and loops over lists.
n = 0
i = 0
while i < 30000:
    if i % 7 == 3:
        n += i
    i += 1
print(n)
grid = [[(r * 31 + c * 17) % 10 for c in range(40)] for r in range(40)]
best = -1
for r in range(40):
    for c in range(40):
        v = grid[r][c] * (r - c)
        if v > best:
            best = v
print(best)
for x in range(100000):
    if x * x > 5000000:
        print("first", x)
        break
else:
    print("none")
words = ["alpha", "beta", "gamma", "delta"] * 500
lengths = 0
for w in words:
    lengths += len(w)
print(lengths)
def once():
    total = 0.0
    k = 1
    while k < 200000:
        total += 1.0 / k
        k += 1
    return total
print(round(once(), 9))
node = None
for v in range(1000):
    node = (v, node)
count = 0
while node is not None:
    count += node[0]
    node = node[1]
print(count)
big = 2 ** 62
for v in range(big, big + 5):
    print(v - big, end=" ")
print()
for v in range(10, -10, -3):
    print(v, end=" ")
print()
