# Matrix multiply, transpose, identity, power, determinant (pure lists)
def matmul(a, b):
    n, m, p = len(a), len(b), len(b[0])
    if len(a[0]) != m:
        raise ValueError(f"shape mismatch {len(a)}x{len(a[0])} @ {m}x{p}")
    return [[sum(a[i][k] * b[k][j] for k in range(m)) for j in range(p)] for i in range(n)]

def transpose(a):
    return [list(row) for row in zip(*a)]

def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]

def matpow(a, e):
    result = identity(len(a))
    while e:
        if e & 1:
            result = matmul(result, a)
        a = matmul(a, a)
        e >>= 1
    return result

def det(a):
    if len(a) == 1:
        return a[0][0]
    total = 0
    for j in range(len(a)):
        minor = [row[:j] + row[j + 1:] for row in a[1:]]
        total += (-1) ** j * a[0][j] * det(minor)
    return total

def show(m):
    for row in m:
        print(" ".join(f"{v:5}" for v in row))

A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
show(matmul(A, B))
show(transpose(A))
show(matmul(B, A))
print(matpow([[1, 1], [1, 0]], 30))
print(det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), det(identity(4)), det([[1, 2], [2, 4]]))
try:
    matmul(A, A)
except ValueError as e:
    print("ValueError:", e)
F = [[0.5, 0.25], [0.125, 1.0]]
print(matmul(F, F))
print(matmul(identity(3), B) == B)
M = [[i * 4 + j for j in range(4)] for i in range(4)]
print(sum(M[i][i] for i in range(4)), [sum(col) for col in zip(*M)])
print(transpose(transpose(M)) == M)
