# Tetris game logic: fixed piece sequence, rotation with wall kicks, line clears, scoring, ASCII board dumps.
W, H = 10, 16
SHAPES = {
    "I": [(0, 1), (1, 1), (2, 1), (3, 1)],
    "O": [(1, 0), (2, 0), (1, 1), (2, 1)],
    "T": [(1, 0), (0, 1), (1, 1), (2, 1)],
    "S": [(1, 0), (2, 0), (0, 1), (1, 1)],
    "Z": [(0, 0), (1, 0), (1, 1), (2, 1)],
    "J": [(0, 0), (0, 1), (1, 1), (2, 1)],
    "L": [(2, 0), (0, 1), (1, 1), (2, 1)],
}
SIZE = {"I": 4, "O": 4}
def rotate(cells, kind, times):
    n = SIZE.get(kind, 3)
    for _ in range(times % 4):
        cells = [(n - 1 - y, x) for x, y in cells]
    return cells
class Board:
    def __init__(self):
        self.grid = [[None] * W for _ in range(H)]
        self.score = 0
        self.lines = 0
        self.level = 1
        self.history = []
    def fits(self, cells, ox, oy):
        for x, y in cells:
            gx, gy = x + ox, y + oy
            if gx < 0 or gx >= W or gy >= H:
                return False
            if gy >= 0 and self.grid[gy][gx] is not None:
                return False
        return True
    def drop(self, kind, rot, col):
        cells = rotate(SHAPES[kind], kind, rot)
        ox, oy = col, -2
        for kick in (0, -1, 1, -2, 2):
            if self.fits(cells, ox + kick, oy):
                ox += kick
                break
        else:
            return False
        while self.fits(cells, ox, oy + 1):
            oy += 1
        if any(y + oy < 0 for _, y in cells):
            return False
        for x, y in cells:
            self.grid[y + oy][x + ox] = kind
        cleared = self.clear()
        self.history.append((kind, rot, ox, oy, cleared))
        return True
    def clear(self):
        full = [r for r in range(H) if all(c is not None for c in self.grid[r])]
        for r in full:
            del self.grid[r]
            self.grid.insert(0, [None] * W)
        n = len(full)
        self.score += {0: 0, 1: 100, 2: 300, 3: 500, 4: 800}[n] * self.level
        self.lines += n
        self.level = 1 + self.lines // 4
        return n
    def heights(self):
        hs = []
        for x in range(W):
            h = 0
            for y in range(H):
                if self.grid[y][x] is not None:
                    h = H - y
                    break
            hs.append(h)
        return hs
    def holes(self):
        count = 0
        for x in range(W):
            seen = False
            for y in range(H):
                if self.grid[y][x] is not None:
                    seen = True
                elif seen:
                    count += 1
        return count
    def render(self):
        return "\n".join("|" + "".join(c or "." for c in row) + "|" for row in self.grid if any(row)) or "(empty)"
def evaluate(board, kind, rot, col):
    b = Board()
    b.grid = [row[:] for row in board.grid]
    b.lines, b.level = board.lines, board.level
    if not b.drop(kind, rot, col):
        return None
    hs = b.heights()
    bump = sum(abs(hs[i] - hs[i + 1]) for i in range(W - 1))
    return (b.history[-1][4] * 10 - max(hs) * 2 - b.holes() * 7 - bump, -rot, -col)
seq = "IOTSZJLIITOLJSZTIOLJOTSZ"
board = Board()
for i, kind in enumerate(seq):
    best = None
    for rot in range(4 if kind != "O" else 1):
        for col in range(-1, W):
            sc = evaluate(board, kind, rot, col)
            if sc is not None and (best is None or sc > best[0]):
                best = (sc, rot, col)
    if best is None or not board.drop(kind, best[1], best[2]):
        print("game over at piece", i, kind)
        break
    if i % 8 == 7:
        print(f"after {i + 1} pieces: score={board.score} lines={board.lines} level={board.level} holes={board.holes()}")
        print("heights", board.heights())
        print(board.render())
print("final score", board.score, "lines", board.lines)
print("clears per piece", [h[4] for h in board.history])
print("placements", board.history[:6])
counts = {}
for h in board.history:
    counts[h[0]] = counts.get(h[0], 0) + 1
print(sorted(counts.items()))
# rotation sanity: four rotations return the original set
for k in SHAPES:
    print(k, sorted(rotate(SHAPES[k], k, 4)) == sorted(SHAPES[k]), sorted(rotate(SHAPES[k], k, 1)))
