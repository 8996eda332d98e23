# A* pathfinding on a grid map with walls and weighted terrain, using heapq with tie-breaking
# counters; prints the path drawn on the map, its cost and the number of expanded nodes.
import heapq
MAP = """\
S....#.........
.###.#.#####.#.
...#...#~~~#.#.
.#.#####~#~#.#.
.#.......#~..#.
.#######.#####.
.......#......G"""
grid = [list(row) for row in MAP.splitlines()]
H, W = len(grid), len(grid[0])
find = lambda ch: next((r, c) for r in range(H) for c in range(W) if grid[r][c] == ch)
start, goal = find('S'), find('G')
COST = {'.': 1, 'S': 1, 'G': 1, '~': 5}
def neighbors(p):
    r, c = p
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < H and 0 <= nc < W and grid[nr][nc] != '#':
            yield (nr, nc), COST[grid[nr][nc]]
def astar(start, goal, h):
    counter = 0
    openq = [(h(start), counter, start)]
    g = {start: 0}
    came = {}
    expanded = 0
    closed = set()
    while openq:
        f, _, cur = heapq.heappop(openq)
        if cur in closed:
            continue
        closed.add(cur)
        expanded += 1
        if cur == goal:
            path = [cur]
            while cur in came:
                cur = came[cur]
                path.append(cur)
            return path[::-1], g[goal], expanded
        for nb, w in neighbors(cur):
            ng = g[cur] + w
            if ng < g.get(nb, float('inf')):
                g[nb] = ng
                came[nb] = cur
                counter += 1
                heapq.heappush(openq, (ng + h(nb), counter, nb))
    return None, None, expanded
manhattan = lambda p: abs(p[0] - goal[0]) + abs(p[1] - goal[1])
for name, h in [('dijkstra', lambda p: 0), ('manhattan', manhattan)]:
    path, cost, expanded = astar(start, goal, h)
    print(name, 'cost', cost, 'length', len(path), 'expanded', expanded)
out = [row[:] for row in grid]
for r, c in path[1:-1]:
    out[r][c] = '*'
print('\n'.join(''.join(row) for row in out))
grid[6][13] = '#'; grid[5][14] = '#'
print(astar(start, goal, manhattan)[0])
