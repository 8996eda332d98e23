# Model-based checks of dict (insertion order, pop/popitem/setdefault), list (insert/pop/
# remove/slices/reverse/del) and set operations against simple reference models.
import random
r = random.Random(11)
# dict/set operations model check against a list-of-pairs model
d, model = {}, []
def mfind(k):
    for i, (kk, _) in enumerate(model):
        if kk == k: return i
    return -1
log = []
for step in range(3000):
    op = r.random()
    k = r.choice([r.randint(0, 40), str(r.randint(0, 10)), (r.randint(0, 3), 'x'), r.randint(0, 5) + 0.5])
    if op < 0.5:
        v = r.randint(0, 99)
        d[k] = v
        i = mfind(k)
        if i >= 0: model[i] = (model[i][0], v)
        else: model.append((k, v))
    elif op < 0.75:
        a = d.pop(k, None); i = mfind(k)
        b = model.pop(i)[1] if i >= 0 else None
        assert a == b
    elif op < 0.8 and d:
        kk, vv = d.popitem(); assert model.pop() == (kk, vv)
    elif op < 0.85:
        d.setdefault(k, -1)
        if mfind(k) < 0: model.append((k, -1))
    else:
        assert (k in d) == (mfind(k) >= 0)
    if step % 300 == 0:
        log.append((len(d), list(d.items()) == model))
print(log, list(d.items())[:10], len(d))
# list model check
l, m2 = [], []
for step in range(2000):
    op = r.randint(0, 9)
    v = r.randint(0, 50)
    if op < 3: l.append(v); m2 = m2 + [v]
    elif op == 3 and l: i = r.randrange(len(l)); l.insert(i, v); m2 = m2[:i] + [v] + m2[i:]
    elif op == 4 and l: i = r.randrange(-len(l), len(l)); x = l.pop(i); y = m2[i]; m2 = m2[:i % len(m2)] + m2[i % len(m2) + 1:]; assert x == y
    elif op == 5 and v in l: l.remove(v); i = m2.index(v); m2 = m2[:i] + m2[i + 1:]
    elif op == 6: a, b = sorted([r.randint(-5, len(l) + 5), r.randint(-5, len(l) + 5)]); s = r.choice([1, 2, -1, 3]); assert l[a:b:s] == m2[a:b:s]
    elif op == 7 and len(l) > 3: a, b = sorted(r.sample(range(len(l)), 2)); l[a:b] = [v, v]; m2 = m2[:a] + [v, v] + m2[b:]
    elif op == 8: l.reverse(); m2 = m2[::-1]
    elif op == 9 and len(l) > 2: del l[::3]; m2 = [x for i, x in enumerate(m2) if i % 3]
    assert l == m2
print(len(l), l[:20], sorted(l)[-5:], l.count(7), sum(l))
# set model
s, ms = set(), []
for step in range(2000):
    v = r.randint(0, 60)
    op = r.randint(0, 3)
    if op == 0: s.add(v); ms = ms if v in ms else ms + [v]
    elif op == 1: s.discard(v); ms = [x for x in ms if x != v]
    elif op == 2: assert (v in s) == (v in ms)
    else:
        other = set(r.sample(range(60), 10))
        assert sorted(s | other) == sorted(set(ms) | other) and sorted(s & other) == sorted(x for x in ms if x in other)
print(sorted(s) == sorted(ms), len(s), sorted(s)[:15])
