# Roguelike dungeon generator seeded with random.Random(1234): BSP rooms, corridors, flood fill, items, FOV by raycast.
import random
from collections import deque
W, H = 60, 24
rng = random.Random(1234)
grid = [["#"] * W for _ in range(H)]
class Rect:
    def __init__(self, x, y, w, h): self.x1, self.y1, self.x2, self.y2 = x, y, x + w, y + h
    def center(self): return ((self.x1 + self.x2) // 2, (self.y1 + self.y2) // 2)
    def intersects(self, o): return self.x1 <= o.x2 and self.x2 >= o.x1 and self.y1 <= o.y2 and self.y2 >= o.y1
    def __repr__(self): return f"Rect({self.x1},{self.y1},{self.x2 - self.x1},{self.y2 - self.y1})"
def split(x, y, w, h, depth, leaves):
    if depth == 0 or (w < 16 and h < 10):
        leaves.append((x, y, w, h)); return
    horiz = rng.random() < 0.5 if w >= 16 and h >= 10 else h >= 10
    if horiz:
        cut = rng.randint(h // 3, 2 * h // 3)
        split(x, y, w, cut, depth - 1, leaves); split(x, y + cut, w, h - cut, depth - 1, leaves)
    else:
        cut = rng.randint(w // 3, 2 * w // 3)
        split(x, y, cut, h, depth - 1, leaves); split(x + cut, y, w - cut, h, depth - 1, leaves)
leaves = []
split(1, 1, W - 2, H - 2, 4, leaves)
rooms = []
for (x, y, w, h) in leaves:
    if w < 5 or h < 4: continue
    rw, rh = rng.randint(3, max(3, w - 2)), rng.randint(2, max(2, h - 2))
    rx, ry = x + rng.randint(0, w - rw - 1), y + rng.randint(0, h - rh - 1)
    r = Rect(rx, ry, rw, rh)
    rooms.append(r)
    for yy in range(r.y1, r.y2):
        for xx in range(r.x1, r.x2):
            grid[yy][xx] = "."
def carve_h(x1, x2, y):
    for x in range(min(x1, x2), max(x1, x2) + 1):
        if grid[y][x] == "#": grid[y][x] = ","
def carve_v(y1, y2, x):
    for y in range(min(y1, y2), max(y1, y2) + 1):
        if grid[y][x] == "#": grid[y][x] = ","
for a, b in zip(rooms, rooms[1:]):
    (x1, y1), (x2, y2) = a.center(), b.center()
    if rng.random() < 0.5: carve_h(x1, x2, y1); carve_v(y1, y2, x2)
    else: carve_v(y1, y2, x1); carve_h(x1, x2, y2)
print(len(leaves), "leaves,", len(rooms), "rooms:", rooms)
def passable(x, y): return 0 <= x < W and 0 <= y < H and grid[y][x] != "#"
def flood(start):
    dist = {start: 0}; q = deque([start])
    while q:
        x, y = q.popleft()
        for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            n = (x + dx, y + dy)
            if passable(*n) and n not in dist:
                dist[n] = dist[(x, y)] + 1; q.append(n)
    return dist
start = rooms[0].center()
dist = flood(start)
floor = sum(1 for y in range(H) for x in range(W) if grid[y][x] != "#")
print("floor tiles", floor, "reachable", len(dist), "connected", len(dist) == floor)
far = max(dist, key=lambda p: (dist[p], p))
print("start", start, "farthest", far, "distance", dist[far])
ITEMS = [("!", "potion", 5), ("$", "gold", 8), ("/", "wand", 1), ("]", "armor", 2), ("%", "food", 4)]
placed = {}
cells = sorted(p for p in dist if grid[p[1]][p[0]] == "." and p != start and p != far)
for sym, name, n in ITEMS:
    for _ in range(n):
        p = rng.choice(cells)
        if p not in placed: placed[p] = (sym, name)
monsters = []
for r in rooms[1:]:
    for _ in range(rng.randint(0, 2)):
        p = (rng.randrange(r.x1, r.x2), rng.randrange(r.y1, r.y2))
        if p not in placed:
            monsters.append((p, rng.choice("gokrz"), rng.randint(3, 12)))
def visible(ox, oy, radius=8):
    seen = set()
    for i in range(72):
        import math
        ang = i * math.pi * 2 / 72
        dx, dy = math.cos(ang), math.sin(ang)
        x, y = ox + 0.5, oy + 0.5
        for _ in range(radius):
            cx, cy = int(x), int(y)
            if not (0 <= cx < W and 0 <= cy < H): break
            seen.add((cx, cy))
            if grid[cy][cx] == "#": break
            x += dx; y += dy
    return seen
fov = visible(*start)
out = [row[:] for row in grid]
for (x, y), (sym, _) in placed.items(): out[y][x] = sym
for (x, y), m, hp in monsters: out[y][x] = m
out[start[1]][start[0]] = "@"; out[far[1]][far[0]] = ">"
print("\n".join("".join(r) for r in out))
print("items", sorted((name, sum(1 for v in placed.values() if v[1] == name)) for _, name, _ in ITEMS))
print("monsters", sorted(monsters))
print("visible from start", len(fov), "items in view", sorted(v[1] for p, v in placed.items() if p in fov))
path, cur = [], far
while cur != start:
    path.append(cur)
    cur = min(((cur[0] + dx, cur[1] + dy) for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)) if (cur[0] + dx, cur[1] + dy) in dist), key=lambda p: (dist[p], p))
print("path length", len(path), "first steps", path[-5:][::-1])
