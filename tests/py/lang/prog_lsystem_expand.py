# L-system string rewriting: deterministic, parametric-free stochastic (seeded), context-sensitive rules; turtle bbox stats.
import math, random
from collections import Counter
def expand(axiom, rules, n):
    s = axiom
    for _ in range(n):
        s = "".join(rules.get(c, c) for c in s)
    return s
def turtle(s, angle, step=1.0):
    x = y = 0.0
    heading = 90.0
    stack = []
    pts = [(0.0, 0.0)]
    segs = 0
    maxdepth = 0
    for c in s:
        if c in "FG":
            x += step * math.cos(math.radians(heading))
            y += step * math.sin(math.radians(heading))
            pts.append((x, y)); segs += 1
        elif c == "f":
            x += step * math.cos(math.radians(heading)); y += step * math.sin(math.radians(heading))
        elif c == "+": heading += angle
        elif c == "-": heading -= angle
        elif c == "|": heading += 180
        elif c == "[":
            stack.append((x, y, heading)); maxdepth = max(maxdepth, len(stack))
        elif c == "]":
            x, y, heading = stack.pop()
    xs = [p[0] for p in pts]; ys = [p[1] for p in pts]
    return segs, maxdepth, (round(min(xs), 3), round(min(ys), 3), round(max(xs), 3), round(max(ys), 3)), (round(x, 3), round(y, 3))
SYSTEMS = {
    "koch": ("F", {"F": "F+F-F-F+F"}, 90, 4),
    "sierpinski": ("F-G-G", {"F": "F-G+F+G-F", "G": "GG"}, 120, 5),
    "dragon": ("FX", {"X": "X+YF+", "Y": "-FX-Y"}, 90, 10),
    "plant": ("X", {"X": "F+[[X]-X]-F[-FX]+X", "F": "FF"}, 25, 5),
    "hilbert": ("A", {"A": "+BF-AFA-FB+", "B": "-AF+BFB+FA-"}, 90, 5),
    "levy": ("F", {"F": "+F--F+"}, 45, 9),
}
for name, (ax, rules, ang, n) in SYSTEMS.items():
    lengths = [len(expand(ax, rules, k)) for k in range(n + 1)]
    s = expand(ax, rules, n)
    cnt = Counter(s)
    segs, depth, bbox, end = turtle(s, ang)
    print(f"{name}: lengths={lengths}")
    print(f"  counts={sorted(cnt.items())} segs={segs} depth={depth} bbox={bbox} end={end}")
    print(f"  prefix={s[:40]!r} hash-free digest={sum((i + 1) * ord(c) for i, c in enumerate(s[:5000])) % 1000003}")
# stochastic L-system with a seeded RNG
rng = random.Random(2024)
srules = {"F": [(0.33, "F[+F]F[-F]F"), (0.33, "F[+F]F"), (0.34, "F[-F]F")]}
def sexpand(axiom, n):
    s = axiom
    for _ in range(n):
        out = []
        for c in s:
            if c in srules:
                r = rng.random(); acc = 0.0
                for p, rep in srules[c]:
                    acc += p
                    if r < acc:
                        out.append(rep); break
                else:
                    out.append(srules[c][-1][1])
            else:
                out.append(c)
        s = "".join(out)
    return s
for trial in range(3):
    s = sexpand("F", 4)
    print("stochastic", trial, len(s), s.count("["), turtle(s, 22.5)[:3])
# context-sensitive rewriting: a<b>c style rules with ignore set
def cs_expand(axiom, rules, n, ignore="+-"):
    s = axiom
    for _ in range(n):
        out = []
        for i, c in enumerate(s):
            left = next((s[j] for j in range(i - 1, -1, -1) if s[j] not in ignore), None)
            right = next((s[j] for j in range(i + 1, len(s)) if s[j] not in ignore), None)
            rep = rules.get((left, c, right)) or rules.get((None, c, right), None) if False else None
            for (l, m, r), v in rules.items():
                if m == c and (l is None or l == left) and (r is None or r == right):
                    rep = v; break
            out.append(rep if rep is not None else c)
        s = "".join(out)
        print("  cs step", s)
    return s
print("signal propagation")
cs_expand("baaaaaaa", {("b", "a", None): "b", (None, "b", None): "a"}, 7)
# inverse check: count of F in koch grows by 5^n
k = SYSTEMS["koch"]
print([expand(k[0], k[1], i).count("F") for i in range(6)], [5 ** i for i in range(6)])
