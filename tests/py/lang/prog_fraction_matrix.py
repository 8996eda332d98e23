# Exact linear algebra with fractions.Fraction: determinant (Bareiss + Laplace), inverse, rank, solve, Hilbert matrices.
from fractions import Fraction as F
from itertools import permutations
def mat(rows): return [[F(x) for x in r] for r in rows]
def show(m): return "[" + "; ".join(" ".join(str(x) for x in r) for r in m) + "]"
def identity(n): return [[F(int(i == j)) for j in range(n)] for i in range(n)]
def mul(a, b): return [[sum((a[i][k] * b[k][j] for k in range(len(b))), F(0)) for j in range(len(b[0]))] for i in range(len(a))]
def det_laplace(m):
    n = len(m)
    if n == 1: return m[0][0]
    if n == 2: return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    return sum(((-1) ** j) * m[0][j] * det_laplace([r[:j] + r[j + 1:] for r in m[1:]]) for j in range(n) if m[0][j])
def det_perm(m):
    n = len(m)
    total = F(0)
    for p in permutations(range(n)):
        inv = sum(1 for i in range(n) for j in range(i + 1, n) if p[i] > p[j])
        prod = F(1)
        for i in range(n): prod *= m[i][p[i]]
        total += -prod if inv % 2 else prod
    return total
def det_bareiss(m):
    a = [r[:] for r in m]
    n = len(a); sign = 1; prev = F(1)
    for k in range(n - 1):
        if a[k][k] == 0:
            for i in range(k + 1, n):
                if a[i][k] != 0:
                    a[k], a[i] = a[i], a[k]; sign = -sign; break
            else:
                return F(0)
        for i in range(k + 1, n):
            for j in range(k + 1, n):
                a[i][j] = (a[i][j] * a[k][k] - a[i][k] * a[k][j]) / prev
        prev = a[k][k]
    return sign * a[-1][-1]
def rref(m):
    a = [r[:] for r in m]
    rows, cols = len(a), len(a[0])
    piv_row = 0; pivots = []
    for c in range(cols):
        p = next((r for r in range(piv_row, rows) if a[r][c] != 0), None)
        if p is None: continue
        a[piv_row], a[p] = a[p], a[piv_row]
        pv = a[piv_row][c]
        a[piv_row] = [x / pv for x in a[piv_row]]
        for r in range(rows):
            if r != piv_row and a[r][c] != 0:
                f = a[r][c]
                a[r] = [x - f * y for x, y in zip(a[r], a[piv_row])]
        pivots.append(c); piv_row += 1
        if piv_row == rows: break
    return a, pivots
def inverse(m):
    n = len(m)
    aug = [r + e for r, e in zip(m, identity(n))]
    red, piv = rref(aug)
    if piv[:n] != list(range(n)): raise ZeroDivisionError("matrix is singular")
    return [r[n:] for r in red]
def solve(m, b):
    aug = [r + [x] for r, x in zip(m, b)]
    red, piv = rref(aug)
    n = len(m[0])
    if n in piv: return None
    sol = [F(0)] * n
    for i, c in enumerate(piv): sol[c] = red[i][-1]
    return sol
A = mat([[2, -1, 0], [-1, 2, -1], [0, -1, 2]])
B = mat([[1, 2, 3], [4, 5, 6], [7, 8, 10]])
S = mat([[1, 2, 3], [2, 4, 6], [1, 1, 1]])
for name, m in [("A", A), ("B", B), ("S", S)]:
    print(name, "det", det_laplace(m), det_perm(m), det_bareiss(m), "rank", len(rref(m)[1]))
    try:
        inv = inverse(m)
        print("  inv", show(inv), "check", mul(m, inv) == identity(len(m)))
    except ZeroDivisionError as e:
        print("  ZeroDivisionError", e)
for n in range(1, 7):
    H = [[F(1, i + j + 1) for j in range(n)] for i in range(n)]
    d = det_bareiss(H)
    inv = inverse(H)
    print(f"hilbert {n}: det=1/{1 / d} inv-corner={inv[-1][-1]} inv-sum={sum(sum(r) for r in inv)} exact={mul(H, inv) == identity(n)}")
print("solve", solve(B, [F(1), F(2), F(3)]), solve(S, [F(1), F(2), F(3)]), solve(S, [F(1), F(2), F(0)]))
V = [[F(x) ** k for k in range(5)] for x in (1, 2, 3, 5, 8)]
vd = det_bareiss(V)
prod = F(1)
xs = (1, 2, 3, 5, 8)
for i in range(5):
    for j in range(i + 1, 5): prod *= xs[j] - xs[i]
print("vandermonde", vd, prod, vd == prod)
R = mat([[1, 2, 0, -1], [2, 4, 1, 1], [3, 6, 1, 0]])
red, piv = rref(R)
print("rref", show(red), piv)
x = F(3, 7)
print(x + F(1, 3), x * 7, x ** -2, F("1.25"), F(0.5), F(1, 3).limit_denominator(5), round(F(7, 2)), round(F(5, 2)), F(-7, 3) // 2, F(-7, 3) % 2)
print(F(22, 7).numerator, F(22, 7).denominator, float(F(1, 3)), F(1, 3) < 0.34, F(3, 6) == 0.5, hash(F(1, 2)) == hash(0.5), F(10, 4).as_integer_ratio())
try:
    F(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    F("abc")
except ValueError as e:
    print("ValueError", e)
