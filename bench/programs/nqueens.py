"""N-queens by backtracking with sets and recursion."""
import sys


def solve(n):
    count = 0
    cols, diag1, diag2 = set(), set(), set()

    def place(row):
        nonlocal count
        if row == n:
            count += 1
            return
        for c in range(n):
            if c in cols or (row + c) in diag1 or (row - c) in diag2:
                continue
            cols.add(c)
            diag1.add(row + c)
            diag2.add(row - c)
            place(row + 1)
            cols.discard(c)
            diag1.discard(row + c)
            diag2.discard(row - c)

    place(0)
    return count


n = int(sys.argv[1]) if len(sys.argv) > 1 else 9
result = solve(n)
print(f"{n}-queens solutions: {result}")
if n == 9 and result != 352:
    sys.exit("wrong result")
