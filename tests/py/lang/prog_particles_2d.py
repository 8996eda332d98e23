# 2D particle physics: gravity, drag, wall bounces, pairwise elastic collisions; prints rounded state each phase.
import math
class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = float(x), float(y)
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o): return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k): return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def dot(self, o): return self.x * o.x + self.y * o.y
    def norm(self): return math.hypot(self.x, self.y)
    def __repr__(self): return f"({self.x:.3f}, {self.y:.3f})"
class Particle:
    def __init__(self, pid, pos, vel, r, m):
        self.pid, self.pos, self.vel, self.r, self.m = pid, pos, vel, r, m
        self.bounces = 0
        self.hits = 0
    def energy(self, g):
        return 0.5 * self.m * self.vel.dot(self.vel) + self.m * g * self.pos.y
WIDTH, HEIGHT = 20.0, 12.0
G, DRAG, REST = 9.81, 0.02, 0.9
def make():
    ps = []
    for i in range(8):
        ang = i * 0.7
        ps.append(Particle(i, Vec(2 + (i * 2.3) % 16, 3 + (i * 1.7) % 8), Vec(math.cos(ang) * 4, math.sin(ang) * 3),
                           0.4 + 0.05 * (i % 3), 1.0 + 0.5 * (i % 4)))
    return ps
def step(ps, dt):
    for p in ps:
        p.vel = p.vel + Vec(0, -G) * dt
        p.vel = p.vel * (1 - DRAG * dt)
        p.pos = p.pos + p.vel * dt
        if p.pos.x - p.r < 0:
            p.pos.x = p.r; p.vel.x = -p.vel.x * REST; p.bounces += 1
        elif p.pos.x + p.r > WIDTH:
            p.pos.x = WIDTH - p.r; p.vel.x = -p.vel.x * REST; p.bounces += 1
        if p.pos.y - p.r < 0:
            p.pos.y = p.r; p.vel.y = -p.vel.y * REST; p.bounces += 1
        elif p.pos.y + p.r > HEIGHT:
            p.pos.y = HEIGHT - p.r; p.vel.y = -p.vel.y * REST; p.bounces += 1
    n = len(ps)
    for i in range(n):
        for j in range(i + 1, n):
            a, b = ps[i], ps[j]
            d = b.pos - a.pos
            dist = d.norm()
            if 0 < dist < a.r + b.r:
                nrm = d * (1 / dist)
                rel = (a.vel - b.vel).dot(nrm)
                if rel > 0:
                    imp = 2 * rel / (a.m + b.m)
                    a.vel = a.vel - nrm * (imp * b.m)
                    b.vel = b.vel + nrm * (imp * a.m)
                    a.hits += 1; b.hits += 1
                overlap = a.r + b.r - dist
                a.pos = a.pos - nrm * (overlap / 2)
                b.pos = b.pos + nrm * (overlap / 2)
ps = make()
dt = 0.01
e0 = sum(p.energy(G) for p in ps)
print("initial energy", round(e0, 4))
for phase in range(5):
    for _ in range(60):
        step(ps, dt)
    e = sum(p.energy(G) for p in ps)
    mom = Vec(sum(p.m * p.vel.x for p in ps), sum(p.m * p.vel.y for p in ps))
    print(f"phase {phase}: energy={e:.4f} ratio={e / e0:.4f} momentum={mom}")
    for p in ps:
        print(f"  p{p.pid} pos={p.pos} vel={p.vel} b={p.bounces} h={p.hits}")
com = Vec(sum(p.m * p.pos.x for p in ps), sum(p.m * p.pos.y for p in ps)) * (1 / sum(p.m for p in ps))
print("center of mass", com)
print("max speed", round(max(p.vel.norm() for p in ps), 4), "lowest", min(ps, key=lambda p: p.pos.y).pid)
grid = [["."] * 40 for _ in range(12)]
for p in ps:
    gx = min(39, int(p.pos.x / WIDTH * 40)); gy = min(11, int((HEIGHT - p.pos.y) / HEIGHT * 12))
    grid[gy][gx] = str(p.pid)
print("\n".join("".join(r) for r in grid))
