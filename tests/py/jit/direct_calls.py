# Calls between compiled Python functions (the inline frame push of CALL_PY_EXACT sites):
# results, exceptions raised in the callee, a callee that deoptimizes half way, methods,
# closures, defaults, rebinding the callee, and the recursion limit.
import sys


def add(a, b):
    return a + b


def may_raise(i):
    if i == 1500:
        raise ValueError("bad %d" % i)
    return i


def shifty(x):
    y = x + 1  # int until the caller passes floats, then the guard fails here
    return y * 2


class P:
    def __init__(self, v):
        self.v = v

    def get(self, k):
        return self.v + k


def make_adder(n):
    def inner(x):
        return x + n
    return inner


def with_default(a, b=10):
    return a + b


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


def driver(n):
    total = 0
    p = P(3)
    inc = make_adder(7)
    for i in range(n):
        total += add(i, 1)
        total += p.get(i)
        total += inc(i)
        total += with_default(i)
        try:
            total += may_raise(i)
        except ValueError as e:
            total += len(str(e))
    return total


print(driver(3000))
acc = 0.0
for i in range(3000):
    acc += shifty(i if i < 2000 else i + 0.5)
print(acc)


def swap_target():
    global add
    out = []
    for i in range(2000):
        out.append(add(i, 2))
        if i == 1000:
            add = lambda a, b: a * b
    return out[999:1003]


print(swap_target())
print(depth(500))
sys.setrecursionlimit(400)
try:
    for _ in range(3):
        depth(1000)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(1000)
print(depth(900))
