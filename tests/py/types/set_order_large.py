# Large sets and dicts (past the 50000-entry growth rule, many dummies) keep CPython's order.
s = set()
for i in range(60000):
    s.add(i * 7919 % 1000003)
print(len(s), list(s)[:20], hash(frozenset(s)))
for i in range(0, 60000, 3):
    s.discard(i * 7919 % 1000003)
s.add(-5)
print(len(s), list(s)[:20], list(s)[-5:], hash(frozenset(s)))
t = set(range(100000, 0, -13))
u = s & t
print(len(u), list(u)[:10])
v = s ^ t
print(len(v), list(v)[:10], list(v)[-10:])
w = set(s)
w.difference_update(range(0, 1000003, 5))
print(len(w), list(w)[:10])
d = dict.fromkeys(range(70000))
for i in range(0, 70000, 2): del d[i]
print(list(d.copy())[:5], list({**d})[-3:], len(d))
