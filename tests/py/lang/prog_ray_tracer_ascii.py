# Tiny ray tracer: spheres + plane, Lambert/Phong shading, shadows, one reflection bounce, rendered as ASCII art.
import math
class V:
    __slots__ = ("x", "y", "z")
    def __init__(self, x, y, z): self.x, self.y, self.z = x, y, z
    def __add__(s, o): return V(s.x + o.x, s.y + o.y, s.z + o.z)
    def __sub__(s, o): return V(s.x - o.x, s.y - o.y, s.z - o.z)
    def __mul__(s, k): return V(s.x * k, s.y * k, s.z * k)
    def __neg__(s): return V(-s.x, -s.y, -s.z)
    def dot(s, o): return s.x * o.x + s.y * o.y + s.z * o.z
    def cross(s, o): return V(s.y * o.z - s.z * o.y, s.z * o.x - s.x * o.z, s.x * o.y - s.y * o.x)
    def norm(s):
        l = math.sqrt(s.dot(s))
        return V(s.x / l, s.y / l, s.z / l)
    def __repr__(s): return f"V({s.x:.3f},{s.y:.3f},{s.z:.3f})"
class Sphere:
    def __init__(self, c, r, diffuse, refl, name):
        self.c, self.r, self.diffuse, self.refl, self.name = c, r, diffuse, refl, name
    def hit(self, o, d):
        oc = o - self.c
        b = oc.dot(d); c = oc.dot(oc) - self.r * self.r
        disc = b * b - c
        if disc < 0: return None
        sq = math.sqrt(disc)
        t = -b - sq
        if t < 1e-6: t = -b + sq
        return t if t > 1e-6 else None
    def normal(self, p): return (p - self.c).norm()
class Plane:
    def __init__(self, y, name): self.y, self.name, self.refl = y, name, 0.2
    def hit(self, o, d):
        if abs(d.y) < 1e-9: return None
        t = (self.y - o.y) / d.y
        return t if t > 1e-6 else None
    def normal(self, p): return V(0, 1, 0)
    def diffuse_at(self, p): return 0.9 if (math.floor(p.x) + math.floor(p.z)) % 2 == 0 else 0.3
scene = [Sphere(V(0, 1, 5), 1, 0.9, 0.3, "big"), Sphere(V(-2.2, 0.6, 6.5), 0.6, 0.7, 0.0, "left"),
         Sphere(V(1.8, 0.5, 4), 0.5, 0.8, 0.6, "mirror"), Plane(0, "floor")]
LIGHT = V(-4, 6, 1)
stats = {"rays": 0, "shadow": 0, "hits": {}}
def trace(o, d, depth=0):
    stats["rays"] += 1
    best, obj = math.inf, None
    for s in scene:
        t = s.hit(o, d)
        if t is not None and t < best: best, obj = t, s
    if obj is None:
        return 0.05 + 0.1 * max(0.0, d.y)
    stats["hits"][obj.name] = stats["hits"].get(obj.name, 0) + 1
    p = o + d * best
    n = obj.normal(p)
    to_l = LIGHT - p
    ldist = math.sqrt(to_l.dot(to_l))
    l = to_l * (1 / ldist)
    shadowed = any((t := s.hit(p + n * 1e-4, l)) is not None and t < ldist for s in scene)
    if shadowed: stats["shadow"] += 1
    kd = obj.diffuse_at(p) if isinstance(obj, Plane) else obj.diffuse
    lam = 0.0 if shadowed else max(0.0, n.dot(l))
    h = (l - d).norm()
    spec = 0.0 if shadowed else max(0.0, n.dot(h)) ** 32
    color = 0.08 + kd * lam * 0.8 + spec * 0.5
    if obj.refl > 0 and depth < 2:
        r = d - n * (2 * d.dot(n))
        color = color * (1 - obj.refl) + trace(p + n * 1e-4, r.norm(), depth + 1) * obj.refl
    return color
RAMP = " .:-=+*#%@"
cam, look = V(0, 1.5, 0), V(0, 0.8, 5)
fwd = (look - cam).norm(); right = fwd.cross(V(0, 1, 0)).norm() * -1; up = right.cross(fwd) * -1
COLS, ROWS = 64, 24
img, total = [], 0.0
hist = [0] * len(RAMP)
for j in range(ROWS):
    row = []
    for i in range(COLS):
        u = (i + 0.5) / COLS * 2 - 1
        v = 1 - (j + 0.5) / ROWS * 2
        d = (fwd + right * (u * 1.2) + up * (v * 0.6)).norm()
        c = trace(cam, d)
        total += c
        k = min(len(RAMP) - 1, max(0, int(c * (len(RAMP) - 1) + 0.5)))
        hist[k] += 1
        row.append(RAMP[k])
    img.append("".join(row))
print("\n".join(img))
print("rays", stats["rays"], "shadowed", stats["shadow"], "hits", sorted(stats["hits"].items()))
print("mean brightness", round(total / (COLS * ROWS), 5), "histogram", hist)
print("basis", fwd, right, up)
