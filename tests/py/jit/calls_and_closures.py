# Calls between compiled functions: keywords, defaults, *args, closures, methods,
# builtins and classes as callables, recursion.
def f(a, b=2, *rest, c=3, **kw):
    return a + b + c + sum(rest) + sum(kw.values())

def g(n):
    t = 0
    for i in range(n):
        t += f(i) + f(i, 1) + f(i, 1, 2, 3) + f(i, c=10) + f(a=i, b=0, d=5)
    return t

for _ in range(20):
    g(10)
print(g(50))

def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

c = make_counter()
for i in range(300):
    c(i % 3)
print(c(0))

class Acc:
    def __init__(self):
        self.v = 0
    def add(self, x):
        self.v += x
        return self

def use(n):
    a = Acc()
    for i in range(n):
        a.add(i).add(1)
    return a.v
for _ in range(20):
    use(10)
print(use(1000))

def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))
print(ack(2, 3), ack(2, 5))

def apply_all(fs, x):
    return [fn(x) for fn in fs]
for _ in range(30):
    r = apply_all([abs, str, float, lambda v: v * 2, int.bit_length, make_counter], -7)
print(r[:5], callable(r[5]))
