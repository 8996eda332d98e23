# Backtracking: N-queens counts and first solutions with bitmasks, a knight's tour with
# Warnsdorff's heuristic (deterministic tie-break), and a subset-sum search with pruning.
def queens(n):
    sols, first = 0, None
    cols = [0] * n
    def place(row, used, d1, d2):
        nonlocal sols, first
        if row == n:
            sols += 1
            if first is None:
                first = cols[:]
            return
        avail = ~(used | d1 | d2) & ((1 << n) - 1)
        while avail:
            bit = avail & -avail
            avail ^= bit
            cols[row] = bit.bit_length() - 1
            place(row + 1, used | bit, (d1 | bit) << 1, (d2 | bit) >> 1)
    place(0, 0, 0, 0)
    return sols, first
for n in range(1, 10):
    print(n, *queens(n))
s, f = queens(8)
print('\n'.join(''.join('Q' if c == col else '.' for c in range(8)) for col in f))
def knights_tour(n, start=(0, 0)):
    moves = [(2, 1), (1, 2), (-1, 2), (-2, 1), (-2, -1), (-1, -2), (1, -2), (2, -1)]
    board = [[0] * n for _ in range(n)]
    r, c = start
    board[r][c] = 1
    def degree(r, c):
        return sum(1 for dr, dc in moves if 0 <= r + dr < n and 0 <= c + dc < n and board[r + dr][c + dc] == 0)
    for step in range(2, n * n + 1):
        cands = [(degree(r + dr, c + dc), r + dr, c + dc) for dr, dc in moves if 0 <= r + dr < n and 0 <= c + dc < n and board[r + dr][c + dc] == 0]
        if not cands:
            return None, step - 1
        _, r, c = min(cands)
        board[r][c] = step
    return board, n * n
board, steps = knights_tour(6)
print(steps)
for row in board or []:
    print(' '.join(f'{v:2}' for v in row))
print(knights_tour(5)[1], knights_tour(8, (3, 3))[1])
def subset_sum(nums, target):
    nums = sorted(nums, reverse=True)
    best, calls = [], 0
    def go(i, total, chosen):
        nonlocal calls
        calls += 1
        if total == target:
            best.append(chosen[:])
            return
        if i == len(nums) or total > target or total + sum(nums[i:]) < target:
            return
        chosen.append(nums[i])
        go(i + 1, total + nums[i], chosen)
        chosen.pop()
        go(i + 1, total, chosen)
    go(0, 0, [])
    return best, calls
sols, calls = subset_sum([3, 34, 4, 12, 5, 2, 27, 8, 19, 1], 40)
print(len(sols), sols[:4], calls)
