# Sudoku solver: constraint propagation with candidate sets plus backtracking on the cell with
# the fewest candidates; solves two puzzles and validates the grids.
def parse(s):
    return [[int(c) if c in '123456789' else 0 for c in s[r * 9:(r + 1) * 9]] for r in range(9)]
def candidates(g, r, c):
    used = set(g[r]) | {g[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {g[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [d for d in range(1, 10) if d not in used]
stats = {'calls': 0, 'guesses': 0}
def solve(g):
    stats['calls'] += 1
    best = None
    for r in range(9):
        for c in range(9):
            if g[r][c] == 0:
                cand = candidates(g, r, c)
                if not cand:
                    return False
                if best is None or len(cand) < len(best[2]):
                    best = (r, c, cand)
    if best is None:
        return True
    r, c, cand = best
    for d in cand:
        if len(cand) > 1:
            stats['guesses'] += 1
        g[r][c] = d
        if solve(g):
            return True
    g[r][c] = 0
    return False
def valid(g):
    rows = all(sorted(row) == list(range(1, 10)) for row in g)
    cols = all(sorted(g[r][c] for r in range(9)) == list(range(1, 10)) for c in range(9))
    boxes = all(sorted(g[r][c] for r in range(br, br + 3) for c in range(bc, bc + 3)) == list(range(1, 10)) for br in (0, 3, 6) for bc in (0, 3, 6))
    return rows and cols and boxes
def show(g):
    for r, row in enumerate(g):
        if r and r % 3 == 0:
            print('------+-------+------')
        print(' | '.join(' '.join(str(d) if d else '.' for d in row[i:i + 3]) for i in (0, 3, 6)))
puzzles = [
    '530070000600195000098000060800060003400803001700020006060000280000419005000080079',
    '000000907000420180000705026100904000050000040000507009920108000034059000507000000',
]
for p in puzzles:
    g = parse(p)
    stats.update(calls=0, guesses=0)
    ok = solve(g)
    show(g)
    print('solved', ok, 'valid', valid(g), stats)
    print()
