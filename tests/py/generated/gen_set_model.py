# Random set algebra on small int sets: every operator and method form checked against a
# sorted-list model, plus frozenset hashing consistency; prints digests.
import random, binascii
random.seed(97)
def model_ops(a, b):
    A, B = sorted(a), sorted(b)
    return (sorted(set(A) | set(B)), [x for x in A if x in B], [x for x in A if x not in B], sorted([x for x in A if x not in B] + [x for x in B if x not in A]))
acc = 0
for i in range(625):
    a = {random.randint(0, 15) for _ in range(random.randint(0, 8))}
    b = frozenset(random.randint(0, 15) for _ in range(random.randint(0, 8)))
    u, n, d, x = model_ops(a, b)
    assert sorted(a | b) == u and sorted(a & b) == n and sorted(a - b) == d and sorted(a ^ b) == x
    assert sorted(a.union(b)) == u and sorted(b.intersection(a)) == n and sorted(a.difference(list(b))) == d
    r = (a <= b, a < b, a >= b, a > b, a == b, a.isdisjoint(b), len(a | b), hash(frozenset(a)) == hash(frozenset(sorted(a))))
    c = set(a); op = random.randint(0, 3)
    if op == 0: c |= b
    elif op == 1: c &= b
    elif op == 2: c -= b
    else: c ^= b
    acc = (acc * 7 + binascii.crc32(repr((r, sorted(c))).encode())) % (1 << 61)
    if i % 62 == 0: print(sorted(a), sorted(b), r, sorted(c))
print(acc)
