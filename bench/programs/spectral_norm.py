"""Spectral norm of the infinite matrix A[i][j] = 1 / ((i+j)(i+j+1)/2 + i + 1), by the
power method on A^T A restricted to the leading n x n block.

Measures: a small function called in the innermost loop, int and float arithmetic,
list indexing, nested for loops over range.

Size argument: n, the block size (work grows with n squared).
"""
# bench-size: default=550 growth=pow:2
import sys

DEFAULT_N = 550
EXPECTED = "1.274224125"


def a(i, j):
    s = i + j
    return 1.0 / (s * (s + 1) // 2 + i + 1)


def times_a(v, n):
    out = []
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += a(i, j) * v[j]
        out.append(total)
    return out


def times_at(v, n):
    out = []
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += a(j, i) * v[j]
        out.append(total)
    return out


def times_ata(v, n):
    return times_at(times_a(v, n), n)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_N
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = times_ata(u, n)
        u = times_ata(v, n)
    vbv = 0.0
    vv = 0.0
    for ue, ve in zip(u, v):
        vbv += ue * ve
        vv += ve * ve
    result = f"{(vbv / vv) ** 0.5:.9f}"
    print(result)
    if n == DEFAULT_N and result != EXPECTED:
        sys.exit(f"spectral_norm: expected {EXPECTED}, got {result}")


main()
