# Conway's game of life on a small torus grid
def parse(rows):
    return {(r, c) for r, row in enumerate(rows) for c, ch in enumerate(row) if ch == "#"}

def step(live, h, w):
    counts = {}
    for (r, c) in live:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    key = ((r + dr) % h, (c + dc) % w)
                    counts[key] = counts.get(key, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}

def render(live, h, w):
    return ["".join("#" if (r, c) in live else "." for c in range(w)) for r in range(h)]

H, W = 8, 8
glider = parse([".#......", "..#.....", "###....."])
state = glider
for gen in range(5):
    print("generation", gen, "alive", len(state))
    for line in render(state, H, W):
        print(line)
    state = step(state, H, W)
blinker = parse(["", ".###"])
b1 = step(blinker, 5, 5)
b2 = step(b1, 5, 5)
print(sorted(b1), b2 == blinker)
state = glider
for _ in range(32):
    state = step(state, H, W)
print("glider returns after 32 steps:", state == glider)
block = parse(["##", "##"])
print("block still life:", step(block, 6, 6) == block)
