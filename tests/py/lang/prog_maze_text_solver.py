# Text maze solver: parse ASCII mazes, BFS with collections.deque (doors/keys state), dead-end filling, path overlay.
from collections import deque
MAZES = {
"small": """
#########
#S..#...#
#.#.#.#.#
#.#...#.#
#.#####.#
#...#..E#
#########
""",
"keys": """
###############
#S..a#.....#..#
###.##.###.#.##
#...#..#b#....#
#.###.##.####.#
#...A.....#..B#
#.#########.#.#
#.....#.....#E#
###############
""",
"open": """
############
#S.........#
#..######..#
#..#....#..#
#..#.##.#..#
#.......#.E#
############
""",
"blocked": """
#######
#S.#..#
##.#.E#
#..####
#######
""",
}
DIRS = [(0, -1, "U"), (1, 0, "R"), (0, 1, "D"), (-1, 0, "L")]
def parse(text):
    rows = [r for r in text.strip("\n").split("\n")]
    g = {(x, y): c for y, r in enumerate(rows) for x, c in enumerate(r)}
    start = next(p for p, c in g.items() if c == "S")
    end = next(p for p, c in g.items() if c == "E")
    return rows, g, start, end
def solve(g, start, end):
    keys0 = frozenset()
    q = deque([(start, keys0)])
    prev = {(start, keys0): None}
    expanded = 0
    while q:
        pos, keys = q.popleft()
        expanded += 1
        if pos == end:
            path = []
            st = (pos, keys)
            while prev[st] is not None:
                st, move = prev[st]
                path.append(move)
            return path[::-1], expanded, sorted(keys)
        for dx, dy, name in DIRS:
            np_ = (pos[0] + dx, pos[1] + dy)
            c = g.get(np_, "#")
            if c == "#": continue
            if c.isupper() and c not in "SE" and c.lower() not in keys: continue
            nk = keys | {c} if c.islower() else keys
            st = (np_, nk)
            if st not in prev:
                prev[st] = ((pos, keys), name)
                q.append(st)
    return None, expanded, []
def dead_end_fill(rows, g):
    g = dict(g)
    changed = True
    filled = 0
    while changed:
        changed = False
        for p, c in sorted(g.items(), key=lambda kv: (kv[0][1], kv[0][0])):
            if c != ".": continue
            exits = sum(1 for dx, dy, _ in DIRS if g.get((p[0] + dx, p[1] + dy), "#") != "#")
            if exits <= 1:
                g[p] = "#"; filled += 1; changed = True
    return g, filled
def overlay(rows, start, path):
    grid = [list(r) for r in rows]
    x, y = start
    marks = {"U": "^", "D": "v", "L": "<", "R": ">"}
    for m in path[:-1]:
        dx, dy = {"U": (0, -1), "D": (0, 1), "L": (-1, 0), "R": (1, 0)}[m]
        x, y = x + dx, y + dy
        if grid[y][x] == ".": grid[y][x] = marks[path[path.index(m)]] if False else "*"
    return "\n".join("".join(r) for r in grid)
for name, text in MAZES.items():
    rows, g, s, e = parse(text)
    path, expanded, keys = solve(g, s, e)
    print(f"== {name}: {len(rows[0])}x{len(rows)} start={s} end={e}")
    if path is None:
        print("no path; expanded", expanded)
        continue
    compressed = []
    for m in path:
        if compressed and compressed[-1][0] == m: compressed[-1][1] += 1
        else: compressed.append([m, 1])
    print("length", len(path), "expanded", expanded, "keys", keys)
    print("moves", "".join(f"{m}{n}" for m, n in compressed))
    print(overlay(rows, s, path))
    filled, nfill = dead_end_fill(rows, g)
    print("dead-end cells filled", nfill, "open cells left", sum(1 for c in filled.values() if c != "#"))
# distance field from start on the small maze
rows, g, s, e = parse(MAZES["small"])
dist = {s: 0}; q = deque([s])
while q:
    p = q.popleft()
    for dx, dy, _ in DIRS:
        n = (p[0] + dx, p[1] + dy)
        if g.get(n, "#") != "#" and n not in dist:
            dist[n] = dist[p] + 1; q.append(n)
for y, r in enumerate(rows):
    print("".join("##" if g[(x, y)] == "#" else f"{dist.get((x, y), -1):2d}" for x in range(len(r))))
dq = deque(range(10), maxlen=6)
dq.rotate(2); dq.appendleft(-1); dq.extend([20, 21])
print(dq, dq.maxlen, dq.index(20), dq.count(5), list(reversed(dq))[:3])
