# List repetition and nested list aliasing.
print([0] * 5, [1, 2] * 3, [] * 10, ["x"] * 0, [None] * -1, 2 * [7])
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid, grid[0] is grid[1])
grid2 = [[0] * 3 for _ in range(3)]
grid2[0][0] = 1
print(grid2, grid2[0] is grid2[1])
a = [[]] * 2
a[0].append("shared")
print(a)
b = [1, 2]
b *= 3
print(b)
b *= 0
print(b)
c = [[1, 2], [3, [4, 5, [6]]]]
print(c[1][1][2][0], c[1][1][-1], len(c), len(c[1]), len(c[1][1]))
c[1][1][2].append(7)
print(c)
flat = []
def walk(x):
    for item in x:
        if isinstance(item, list):
            walk(item)
        else:
            flat.append(item)
walk(c)
print(flat)
matrix = [[r * 3 + col for col in range(3)] for r in range(3)]
print(matrix)
print([list(row) for row in zip(*matrix)])
print([row[::-1] for row in matrix[::-1]])
print(sum(matrix, []), [x for row in matrix for x in row if x % 2])
try:
    [1] * 1.5
except TypeError as e:
    print("TypeError:", e)
try:
    [1] * "2"
except TypeError as e:
    print("TypeError:", e)
deep = [1, [2, [3, [4, [5]]]]]
d = deep
depth = 0
while isinstance(d, list):
    depth += 1
    d = d[-1]
print(depth, d)
