# Conway's Life and variants on a torus and an unbounded set-based board: glider travel,
# oscillator periods, HighLife rules, population counts and bounding boxes.
def step_set(live, born={3}, survive={2, 3}):
    counts = {}
    for (x, y) in live:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    k = (x + dx, y + dy)
                    counts[k] = counts.get(k, 0) + 1
    return {c for c, n in counts.items() if (n in born and c not in live) or (n in survive and c in live)}
def bbox(live):
    xs = [x for x, _ in live]; ys = [y for _, y in live]
    return (min(xs), min(ys), max(xs), max(ys))
def render(live):
    x0, y0, x1, y1 = bbox(live)
    return '\n'.join(''.join('#' if (x, y) in live else '.' for x in range(x0, x1 + 1)) for y in range(y0, y1 + 1))
glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
g = glider
for i in range(8):
    g = step_set(g)
print(render(g), bbox(g), len(g))
def period(live, limit=50):
    seen = {frozenset(live): 0}
    for i in range(1, limit):
        live = step_set(live)
        key = frozenset(live)
        if key in seen:
            return i - seen[key]
        seen[key] = i
    return None
blinker = {(0, 0), (1, 0), (2, 0)}
toad = {(1, 0), (2, 0), (3, 0), (0, 1), (1, 1), (2, 1)}
beacon = {(0, 0), (1, 0), (0, 1), (3, 2), (2, 3), (3, 3)}
pulsar_q = [(2, 0), (3, 0), (4, 0), (0, 2), (0, 3), (0, 4), (5, 2), (5, 3), (5, 4), (2, 5), (3, 5), (4, 5)]
pulsar = {(x + ox, y + oy) for x, y in pulsar_q for ox, oy in [(0, 0), (7, 0), (0, 7), (7, 7)]}
print([period(p) for p in (blinker, toad, beacon, pulsar)])
r_pent = {(1, 0), (2, 0), (0, 1), (1, 1), (1, 2)}
pops = []
live = r_pent
for i in range(120):
    live = step_set(live)
    if i % 20 == 19:
        pops.append(len(live))
print('r-pentomino populations', pops, bbox(live))
rep = {(0, 0), (1, 0), (2, 0), (0, 1), (0, 2)}
hl = rep
for _ in range(12):
    hl = step_set(hl, born={3, 6})
print('highlife', len(hl), bbox(hl))
W, H = 8, 6
def step_torus(grid):
    return [[1 if (n := sum(grid[(r + dr) % H][(c + dc) % W] for dr in (-1, 0, 1) for dc in (-1, 0, 1)) - grid[r][c]) == 3 or (n == 2 and grid[r][c]) else 0 for c in range(W)] for r in range(H)]
grid = [[0] * W for _ in range(H)]
for x, y in glider:
    grid[y][x] = 1
for _ in range(4 * W):
    grid = step_torus(grid)
print('\n'.join(''.join('#' if v else '.' for v in row) for row in grid), sum(map(sum, grid)))
