# Matrix operations with Fractions: multiplication, transpose, determinant via Gaussian
# elimination, inverse, solving a linear system exactly, identity checks, matrix power.
from fractions import Fraction as F
def mat(rows):
    return [[F(x) for x in r] for r in rows]
def mul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
def T(a):
    return [list(r) for r in zip(*a)]
def ident(n):
    return [[F(int(i == j)) for j in range(n)] for i in range(n)]
def det(a):
    a = [r[:] for r in a]
    n, d = len(a), F(1)
    for c in range(n):
        p = next((r for r in range(c, n) if a[r][c] != 0), None)
        if p is None:
            return F(0)
        if p != c:
            a[c], a[p] = a[p], a[c]
            d = -d
        d *= a[c][c]
        for r in range(c + 1, n):
            f = a[r][c] / a[c][c]
            a[r] = [x - f * y for x, y in zip(a[r], a[c])]
    return d
def inverse(a):
    n = len(a)
    aug = [r[:] + e for r, e in zip(a, ident(n))]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(aug[r][c]))
        if aug[p][c] == 0:
            raise ValueError('singular matrix')
        aug[c], aug[p] = aug[p], aug[c]
        pv = aug[c][c]
        aug[c] = [x / pv for x in aug[c]]
        for r in range(n):
            if r != c and aug[r][c]:
                f = aug[r][c]
                aug[r] = [x - f * y for x, y in zip(aug[r], aug[c])]
    return [r[n:] for r in aug]
def mpow(a, k):
    result = ident(len(a))
    while k:
        if k & 1:
            result = mul(result, a)
        a = mul(a, a)
        k >>= 1
    return result
def show(m):
    return '[' + '; '.join(' '.join(str(x) for x in r) for r in m) + ']'
A = mat([[2, -1, 0], [-1, 2, -1], [0, -1, 2]])
B = mat([[1, 2], [3, 4], [5, 6]])
print(show(mul(A, B)), show(T(B)), det(A), det(mat([[1, 2], [2, 4]])))
Ai = inverse(A)
print(show(Ai), mul(A, Ai) == ident(3))
b = [[F(1)], [F(0)], [F(1)]]
print('solution', show(mul(Ai, b)))
H = [[F(1, i + j + 1) for j in range(5)] for i in range(5)]
print('hilbert det', det(H), 'inverse corner', inverse(H)[4][4])
fibm = mat([[1, 1], [1, 0]])
print('fib(90) =', mpow(fibm, 90)[0][1])
try:
    inverse(mat([[1, 2], [2, 4]]))
except ValueError as e:
    print('ValueError', e)
rot = [[F(0), F(-1)], [F(1), F(0)]]
print(show(mpow(rot, 4)), show(mpow(rot, 3)), det(mpow(A, 3)) == det(A) ** 3)
