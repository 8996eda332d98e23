# Generators and closures driven from hot compiled loops (the generator frames themselves
# stay interpreted), and compiled functions called from inside generators.
def squares(n):
    for i in range(n):
        yield i * i

def pairs(xs):
    it = iter(xs)
    for a in it:
        b = next(it, None)
        yield a, b

def weight(x):
    return x * 3 + 1

def consume(n):
    total = 0
    for s in squares(n):
        total += weight(s)
    for a, b in pairs(range(n)):
        total += a - (b or 0)
    total += sum(weight(v) for v in range(n) if v % 3)
    return total

for _ in range(30):
    r = consume(50)
print(r, consume(1000))

def make_adders(n):
    return [lambda x, k=k: x + k for k in range(n)]

adders = make_adders(10)
acc = 0
for i in range(2000):
    acc = adders[i % 10](acc) % 1000003
print(acc)

def pipeline(n):
    def stage1():
        for i in range(n):
            yield i
    def stage2(src):
        for v in src:
            if v % 2:
                yield v * 2.5
    def stage3(src):
        total = 0.0
        for v in src:
            total += v
            yield total
    last = None
    for last in stage3(stage2(stage1())):
        pass
    return last

for _ in range(20):
    pipeline(100)
print(pipeline(5000))

def counter():
    c = 0
    while True:
        got = yield c
        c += got if got is not None else 1

g = counter()
next(g)
vals = []
for i in range(500):
    vals.append(g.send(i % 4) if i % 3 else next(g))
print(vals[-5:], sum(vals))
