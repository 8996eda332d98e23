"""N-queens: count every placement of n non-attacking queens on an n x n board by
recursive backtracking, and record the first solution found.

The search runs twice: once with lists of booleans as occupancy tables, once with int
bitmasks; both must find the same number of solutions. The bitmask solver then also
counts the solutions for an (n+1) x (n+1) board.

Measures: recursion, list item loads and stores, list append/pop, attribute access,
int arithmetic and bitwise operators.

Size argument: board size n (work grows by roughly 5x per step).
"""
# bench-size: default=12 growth=exp:5
import sys

DEFAULT_N = 12
# Number of solutions for each board size (a well-known sequence).
SOLUTIONS = {1: 1, 2: 0, 3: 0, 4: 2, 5: 10, 6: 4, 7: 40, 8: 92, 9: 352, 10: 724,
             11: 2680, 12: 14200, 13: 73712, 14: 365596}
EXPECTED_FIRST = [0, 2, 4, 7, 9, 11, 5, 10, 1, 6, 8, 3]


class Board:
    def __init__(self, n):
        self.n = n
        self.cols = [False] * n
        self.up = [False] * (2 * n - 1)     # indexed by row + col
        self.down = [False] * (2 * n - 1)   # indexed by row - col + n - 1
        self.placed = []
        self.count = 0
        self.first = None


def place(board, row):
    n = board.n
    if row == n:
        board.count += 1
        if board.first is None:
            board.first = list(board.placed)
        return
    cols = board.cols
    up = board.up
    down = board.down
    for col in range(n):
        u = row + col
        d = row - col + n - 1
        if cols[col] or up[u] or down[d]:
            continue
        cols[col] = True
        up[u] = True
        down[d] = True
        board.placed.append(col)
        place(board, row + 1)
        board.placed.pop()
        cols[col] = False
        up[u] = False
        down[d] = False


def count_bitmask(n, row, cols, up, down):
    """The same search with the three occupancy tables packed into int bitmasks."""
    if row == n:
        return 1
    total = 0
    full = (1 << n) - 1
    free = full & ~(cols | up | down)
    while free:
        bit = free & -free
        free -= bit
        total += count_bitmask(n, row + 1, cols | bit, ((up | bit) << 1) & full, (down | bit) >> 1)
    return total


def is_solution(cols):
    n = len(cols)
    for r1 in range(n):
        for r2 in range(r1 + 1, n):
            if cols[r1] == cols[r2] or abs(cols[r1] - cols[r2]) == r2 - r1:
                return False
    return True


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_N
    board = Board(n)
    place(board, 0)
    print(f"{n}-queens: {board.count} solutions, first {board.first}")
    bits = count_bitmask(n, 0, 0, 0, 0)
    if bits != board.count:
        sys.exit(f"nqueens: the list solver found {board.count} solutions, the bitmask solver {bits}")
    bigger = count_bitmask(n + 1, 0, 0, 0, 0)
    print(f"{n + 1}-queens: {bigger} solutions")
    if n + 1 in SOLUTIONS and bigger != SOLUTIONS[n + 1]:
        sys.exit(f"nqueens: expected {SOLUTIONS[n + 1]} solutions for n={n + 1}, got {bigger}")
    if n in SOLUTIONS and board.count != SOLUTIONS[n]:
        sys.exit(f"nqueens: expected {SOLUTIONS[n]} solutions, got {board.count}")
    if board.first is not None and not is_solution(board.first):
        sys.exit(f"nqueens: {board.first} is not a solution")
    if n == DEFAULT_N and board.first != EXPECTED_FIRST:
        sys.exit(f"nqueens: expected first solution {EXPECTED_FIRST}, got {board.first}")


main()
