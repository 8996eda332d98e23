# Chess move generator on a 0x88 board: pseudo-legal + legality check, perft to depth 3 from the start and a test position.
N, S, E, W = -16, 16, 1, -1
KNIGHT = (N + N + E, N + N + W, S + S + E, S + S + W, E + E + N, E + E + S, W + W + N, W + W + S)
KING = (N, S, E, W, N + E, N + W, S + E, S + W)
BISHOP = (N + E, N + W, S + E, S + W)
ROOK = (N, S, E, W)
def sq(name): return (8 - int(name[1])) * 16 + "abcdefgh".index(name[0])
def name(s): return "abcdefgh"[s & 7] + str(8 - (s >> 4))
class Pos:
    def __init__(self, fen):
        parts = fen.split()
        self.b = [None] * 128
        r = 0; c = 0
        for ch in parts[0]:
            if ch == "/": r += 1; c = 0
            elif ch.isdigit(): c += int(ch)
            else: self.b[r * 16 + c] = ch; c += 1
        self.white = parts[1] == "w"
        self.castle = set(parts[2]) - {"-"}
        self.ep = None if parts[3] == "-" else sq(parts[3])
    def own(self, p): return p is not None and (p.isupper() == self.white)
    def attacked(self, s, by_white):
        b = self.b
        for d in KNIGHT:
            t = s + d
            if not t & 0x88 and b[t] == ("N" if by_white else "n"): return True
        for d in KING:
            t = s + d
            if not t & 0x88 and b[t] == ("K" if by_white else "k"): return True
        pd = (S + E, S + W) if by_white else (N + E, N + W)
        for d in pd:
            t = s + d
            if not t & 0x88 and b[t] == ("P" if by_white else "p"): return True
        for dirs, kinds in ((BISHOP, "BQ"), (ROOK, "RQ")):
            for d in dirs:
                t = s + d
                while not t & 0x88:
                    p = b[t]
                    if p is not None:
                        if p.isupper() == by_white and p.upper() in kinds: return True
                        break
                    t += d
        return False
    def pseudo(self):
        b, moves = self.b, []
        up = N if self.white else S
        start_rank = 6 if self.white else 1
        promo_rank = 0 if self.white else 7
        for s in range(128):
            if s & 0x88: continue
            p = b[s]
            if not self.own(p): continue
            k = p.upper()
            if k == "P":
                t = s + up
                if not t & 0x88 and b[t] is None:
                    if t >> 4 == promo_rank:
                        for pr in "QRBN": moves.append((s, t, pr))
                    else:
                        moves.append((s, t, None))
                        t2 = t + up
                        if s >> 4 == start_rank and b[t2] is None: moves.append((s, t2, None))
                for d in (up + E, up + W):
                    t = s + d
                    if t & 0x88: continue
                    if (b[t] is not None and not self.own(b[t])) or t == self.ep:
                        if t >> 4 == promo_rank:
                            for pr in "QRBN": moves.append((s, t, pr))
                        else:
                            moves.append((s, t, None))
            elif k in "NK":
                for d in (KNIGHT if k == "N" else KING):
                    t = s + d
                    if not t & 0x88 and not self.own(b[t]): moves.append((s, t, None))
                if k == "K":
                    self.castles(s, moves)
            else:
                dirs = BISHOP if k == "B" else ROOK if k == "R" else BISHOP + ROOK
                for d in dirs:
                    t = s + d
                    while not t & 0x88:
                        if b[t] is None: moves.append((s, t, None))
                        else:
                            if not self.own(b[t]): moves.append((s, t, None))
                            break
                        t += d
        return moves
    def castles(self, s, moves):
        b, w = self.b, self.white
        rank = 7 if w else 0
        if s != rank * 16 + 4 or self.attacked(s, not w): return
        ks, qs = ("K", "Q") if w else ("k", "q")
        if ks in self.castle and b[s + 1] is None and b[s + 2] is None and not self.attacked(s + 1, not w) and not self.attacked(s + 2, not w):
            moves.append((s, s + 2, None))
        if qs in self.castle and b[s - 1] is None and b[s - 2] is None and b[s - 3] is None and not self.attacked(s - 1, not w) and not self.attacked(s - 2, not w):
            moves.append((s, s - 2, None))
    def make(self, m):
        s, t, pr = m
        b = self.b
        undo = (s, t, pr, b[s], b[t], set(self.castle), self.ep, None)
        p = b[s]
        cap_sq = None
        if p.upper() == "P" and t == self.ep:
            cap_sq = t + (S if self.white else N)
            undo = undo[:7] + ((cap_sq, b[cap_sq]),)
            b[cap_sq] = None
        b[t] = (pr if self.white else pr.lower()) if pr else p
        b[s] = None
        if p.upper() == "K" and abs(t - s) == 2:
            if t > s: b[s + 1], b[s + 3] = b[s + 3], None
            else: b[s - 1], b[s - 4] = b[s - 4], None
        self.ep = (s + t) // 2 if p.upper() == "P" and abs(t - s) == 32 else None
        for corner, right in ((sq("a1"), "Q"), (sq("h1"), "K"), (sq("a8"), "q"), (sq("h8"), "k")):
            if s == corner or t == corner: self.castle.discard(right)
        if p == "K": self.castle -= {"K", "Q"}
        if p == "k": self.castle -= {"k", "q"}
        self.white = not self.white
        return undo
    def unmake(self, u):
        s, t, pr, ps, pt, castle, ep, epcap = u
        b = self.b
        b[s], b[t] = ps, pt
        if ps.upper() == "K" and abs(t - s) == 2:
            if t > s: b[s + 3], b[s + 1] = b[s + 1], None
            else: b[s - 4], b[s - 1] = b[s - 1], None
        if epcap: b[epcap[0]] = epcap[1]
        self.castle, self.ep = castle, ep
        self.white = not self.white
    def king(self, white):
        k = "K" if white else "k"
        return self.b.index(k)
    def legal(self):
        out = []
        for m in self.pseudo():
            u = self.make(m)
            if not self.attacked(self.king(not self.white), self.white): out.append(m)
            self.unmake(u)
        return out
def perft(pos, depth, stats=None):
    if depth == 0: return 1
    total = 0
    for m in pos.legal():
        if stats is not None and depth == 1:
            if pos.b[m[1]] is not None or (pos.b[m[0]].upper() == "P" and m[1] == pos.ep): stats["captures"] += 1
            if m[2]: stats["promotions"] += 1
            if pos.b[m[0]].upper() == "K" and abs(m[1] - m[0]) == 2: stats["castles"] += 1
        u = pos.make(m)
        total += perft(pos, depth - 1, stats)
        pos.unmake(u)
    return total
start = Pos("rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1")
before = list(start.b)
for d in (1, 2):
    st = {"captures": 0, "promotions": 0, "castles": 0}
    print("start perft", d, perft(start, d, st), st)
e4 = Pos("rnbqkbnr/pppppppp/8/8/4P3/8/PPPP1PPP/RNBQKBNR b KQkq e3 0 1")
print("after 1.e4 perft 2", perft(e4, 2), "ep square", name(e4.ep))
print("board restored", start.b == before)
div = {}
for m in start.legal():
    u = start.make(m); div[name(m[0]) + name(m[1])] = perft(start, 1); start.unmake(u)
print(sorted(div.items()))
kiwi = Pos("r3k2r/p1ppqpb1/bn2pnp1/3PN3/1p2P3/2N2Q1p/PPPBBPPP/R3K2R w KQkq - 0 1")
for d in (1, 2):
    st = {"captures": 0, "promotions": 0, "castles": 0}
    print("kiwipete perft", d, perft(kiwi, d, st), st)
p3 = Pos("8/2p5/3p4/KP5r/1R3p1k/8/4P1P1/8 w - - 0 1")
for d in (1, 2):
    print("pos3 perft", d, perft(p3, d))
promo = Pos("n1n5/PPPk4/8/8/8/8/4Kppp/5N1N b - - 0 1")
print("promo perft 1", perft(promo, 1), sorted(name(m[0]) + name(m[1]) + (m[2] or "") for m in promo.legal())[:12])
