# Numeric kernels in pure Python on seeded random data: matrix multiply, Gaussian elimination
# with partial pivoting using Fractions (exact) and floats, determinant, transpose identities,
# and statistics over the results, printed with fixed formatting.
import random
from fractions import Fraction
random.seed(777)
n = 6
A = [[random.randint(-9, 9) for _ in range(n)] for _ in range(n)]
B = [[random.randint(-9, 9) for _ in range(n)] for _ in range(n)]
mul = lambda X, Y: [[sum(X[i][k] * Y[k][j] for k in range(len(Y))) for j in range(len(Y[0]))] for i in range(len(X))]
T = lambda X: [list(r) for r in zip(*X)]
AB = mul(A, B)
print(AB[0], T(AB) == mul(T(B), T(A)))
def det(M, exact=True):
    M = [[Fraction(v) if exact else float(v) for v in row] for row in M]
    d = 1
    for c in range(len(M)):
        p = max(range(c, len(M)), key=lambda r: abs(M[r][c]))
        if M[p][c] == 0: return 0
        if p != c: M[c], M[p] = M[p], M[c]; d = -d
        d *= M[c][c]
        for r in range(c + 1, len(M)):
            f = M[r][c] / M[c][c]
            for k in range(c, len(M)): M[r][k] -= f * M[c][k]
    return d
dA, dB = det(A), det(B)
print(dA, dB, det(AB) == dA * dB, '%.6e' % det(A, exact=False), round(det(A, exact=False) - float(dA), 3) == 0)
def solve(M, b):
    M = [[Fraction(v) for v in row] + [Fraction(bv)] for row, bv in zip(M, b)]
    for c in range(n):
        p = next(r for r in range(c, n) if M[r][c] != 0)
        M[c], M[p] = M[p], M[c]
        for r in range(n):
            if r != c and M[r][c]:
                f = M[r][c] / M[c][c]
                M[r] = [a - f * bb for a, bb in zip(M[r], M[c])]
    return [M[i][n] / M[i][i] for i in range(n)]
x = solve(A, [1] * n)
print([str(v) for v in x[:3]], all(sum(A[i][j] * x[j] for j in range(n)) == 1 for i in range(n)), '%.9f' % sum(float(v) for v in x))
