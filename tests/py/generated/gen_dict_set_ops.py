# Random sequences of dict and set operations, checked against a simple list-based model and printed.
import random
random.seed(2024)
d = {}
model = []  # list of (key, value) pairs in insertion order
s = set()
log = []
def mfind(k):
    for i, (kk, v) in enumerate(model):
        if kk == k:
            return i
    return -1
for step in range(1000):
    op = random.randint(0, 9)
    k = random.choice([random.randint(0, 30), str(random.randint(0, 10)), (random.randint(0, 3), 'x'), random.randint(0, 5) + 0.5])
    if op <= 3:
        v = random.randint(0, 1000)
        d[k] = v
        i = mfind(k)
        if i >= 0: model[i] = (k, v)
        else: model.append((k, v))
    elif op == 4:
        r = d.pop(k, None)
        i = mfind(k)
        exp = model.pop(i)[1] if i >= 0 else None
        assert r == exp, (r, exp)
    elif op == 5:
        r = d.setdefault(k, -1)
        if mfind(k) < 0: model.append((k, -1))
    elif op == 6 and d:
        r = d.popitem()
        assert r == model.pop()
    elif op == 7:
        s.add(k)
    elif op == 8:
        s.discard(k)
    else:
        other = {random.randint(0, 30) for _ in range(5)}
        log.append((sorted(map(repr, s & other)), len(s | other), len(s - other), len(s ^ other), s.isdisjoint(other)))
    assert list(d.items()) == model
    if step % 100 == 0:
        log.append(list(d.items())[:6])
for x in log[:60]:
    print(x)
print(len(d), len(s), sum(v for v in d.values()))
print(sorted(map(repr, s)))
d2 = dict(model); print(d2 == d, d | {'new': 1} == {**d, 'new': 1})
