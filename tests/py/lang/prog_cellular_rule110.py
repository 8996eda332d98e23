# One-dimensional cellular automata: rules 30, 90, 110 and 184 on a ring, rendered as text;
# rule 30's center column as a bit stream with simple statistics, and period detection.
def step(cells, rule):
    n = len(cells)
    return [(rule >> (cells[(i - 1) % n] << 2 | cells[i] << 1 | cells[(i + 1) % n])) & 1 for i in range(n)]
def run(rule, width=41, steps=16, seed=None):
    cells = seed[:] if seed else [0] * width
    if not seed:
        cells[width // 2] = 1
    rows = [cells]
    for _ in range(steps):
        cells = step(cells, rule)
        rows.append(cells)
    return rows
for rule in (30, 90, 110):
    print(f'rule {rule}')
    for row in run(rule):
        print(''.join('#' if c else '.' for c in row))
rows = run(30, width=101, steps=200)
center = [r[50] for r in rows]
bits = ''.join(map(str, center))
print(bits[:64], bits.count('1'), max(len(s) for s in bits.split('0')), max(len(s) for s in bits.split('1')))
traffic = [1, 1, 0, 1, 0, 0, 1, 1, 1, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0]
for row in run(184, seed=traffic, steps=8):
    print(''.join('>' if c else '_' for c in row), sum(row))
def period(rule, width):
    cells = [0] * width
    cells[0] = 1
    seen = {}
    for t in range(1000):
        key = tuple(cells)
        if key in seen:
            return t - seen[key], seen[key]
        seen[key] = t
        cells = step(cells, rule)
    return None
print([period(r, w) for r, w in [(90, 8), (90, 12), (30, 10), (110, 9), (184, 7)]])
