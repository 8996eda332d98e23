# Tic-tac-toe with full minimax + alpha-beta and memoization; self-play, position analysis, node counts.
from functools import lru_cache
LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]
def winner(b):
    for a, c, d in LINES:
        if b[a] != "." and b[a] == b[c] == b[d]:
            return b[a]
    return None
def moves(b): return [i for i, c in enumerate(b) if c == "."]
def place(b, i, p): return b[:i] + p + b[i + 1:]
nodes = 0
def minimax(b, player):
    global nodes
    nodes += 1
    w = winner(b)
    if w: return (1 if w == "X" else -1) * (1 + b.count(".")), None
    ms = moves(b)
    if not ms: return 0, None
    best = None
    for m in ms:
        sc, _ = minimax(place(b, m, player), "O" if player == "X" else "X")
        if best is None or (player == "X" and sc > best[0]) or (player == "O" and sc < best[0]):
            best = (sc, m)
    return best
ab_nodes = 0
def alphabeta(b, player, alpha=-100, beta=100):
    global ab_nodes
    ab_nodes += 1
    w = winner(b)
    if w: return (1 if w == "X" else -1) * (1 + b.count("."))
    ms = moves(b)
    if not ms: return 0
    if player == "X":
        v = -100
        for m in ms:
            v = max(v, alphabeta(place(b, m, "X"), "O", alpha, beta))
            alpha = max(alpha, v)
            if alpha >= beta: break
        return v
    v = 100
    for m in ms:
        v = min(v, alphabeta(place(b, m, "O"), "X", alpha, beta))
        beta = min(beta, v)
        if alpha >= beta: break
    return v
@lru_cache(maxsize=None)
def memo(b, player):
    w = winner(b)
    if w: return (1 if w == "X" else -1) * (1 + b.count("."))
    ms = moves(b)
    if not ms: return 0
    vals = [memo(place(b, m, player), "O" if player == "X" else "X") for m in ms]
    return max(vals) if player == "X" else min(vals)
def show(b): return "\n".join(" ".join(b[r * 3:r * 3 + 3]) for r in range(3))
empty = "." * 9
OPEN = place(place(empty, 0, "X"), 4, "O")     # X corner, O center
print("memo value after X corner / O center:", memo(OPEN, "X"), memo.cache_info().currsize, "positions")
print("alphabeta same position:", alphabeta(OPEN, "X"), "nodes", ab_nodes)
for first in (1, 2, 5, 8):
    b = place(OPEN, first, "X")
    print("X plays", first, "->", memo(b, "O"), "best reply", min(moves(b), key=lambda m: (memo(place(b, m, "O"), "X"), m)))
positions = ["X.O.X....", "XX.OO....", "X...O...X", "OX.XO....", "XOXOXO..."]
for p in positions:
    nodes = 0
    turn = "X" if p.count("X") == p.count("O") else "O"
    sc, mv = minimax(p, turn)
    ab_nodes = 0
    ab = alphabeta(p, turn)
    print(p, turn, "minimax", sc, mv, "nodes", nodes, "| alphabeta", ab, "nodes", ab_nodes, "| memo", memo(p, turn))
# self-play: perfect vs perfect, and perfect vs "first free square"
def perfect(b, p):
    ms = moves(b)
    nxt = "O" if p == "X" else "X"
    key = lambda m: (memo(place(b, m, p), nxt) * (1 if p == "X" else -1), -m)
    return max(ms, key=key)
def naive(b, p): return moves(b)[0]
def play(px, po):
    b, p, hist = OPEN, "X", [0, 4]
    while not winner(b) and moves(b):
        m = (px if p == "X" else po)(b, p)
        b = place(b, m, p); hist.append(m)
        p = "O" if p == "X" else "X"
    return winner(b) or "draw", hist, b
for name, px, po in [("perfect v perfect", perfect, perfect), ("perfect v naive", perfect, naive), ("naive v perfect", naive, perfect), ("naive v naive", naive, naive)]:
    res, hist, b = play(px, po)
    print(name, res, hist)
    print(show(b))
# count all reachable terminal games
def count_games(b, p):
    w = winner(b)
    if w: return {w: 1}
    ms = moves(b)
    if not ms: return {"draw": 1}
    tot = {}
    for m in ms:
        for k, v in count_games(place(b, m, p), "O" if p == "X" else "X").items():
            tot[k] = tot.get(k, 0) + v
    return tot
print("games after X corner, O center", sorted(count_games(place(place(empty, 0, "X"), 4, "O"), "X").items()))
print(memo.cache_info().hits > 0, memo.cache_info().maxsize)
