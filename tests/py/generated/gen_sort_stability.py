# Random records sorted with random keys, reverse flags and multi-pass sorts: checks stability
# against a reference merge sort, and prints digests.
import random, binascii
random.seed(909)
def msort(a, key, reverse):
    if len(a) <= 1: return a[:]
    m = len(a) // 2
    l, r = msort(a[:m], key, reverse), msort(a[m:], key, reverse)
    out = []
    i = j = 0
    while i < len(l) and j < len(r):
        kl, kr = key(l[i]), key(r[j])
        take_right = (kl < kr) if reverse else (kr < kl)
        if take_right: out.append(r[j]); j += 1
        else: out.append(l[i]); i += 1
    return out + l[i:] + r[j:]
acc = 0
keys = [lambda t: t[0], lambda t: t[1], lambda t: (t[0], -t[2]), lambda t: t[1].lower(), lambda t: len(t[1]), lambda t: t[2] % 3]
for trial in range(75):
    n = random.randint(0, 60)
    recs = [(random.randint(0, 5), ''.join(random.choice('aAbB') for _ in range(random.randint(0, 3))), i) for i in range(n)]
    ki = random.randrange(len(keys)); rev = random.random() < 0.5
    got = sorted(recs, key=keys[ki], reverse=rev)
    exp = msort(recs, keys[ki], rev)
    if got != exp:
        print('MISMATCH', trial, ki, rev)
    L = recs[:]
    L.sort(key=keys[ki], reverse=rev)
    assert L == got
    acc = (acc * 7 + binascii.crc32(repr(got).encode())) % (1 << 61)
    if trial % 7 == 0:
        print(trial, ki, rev, [t[2] for t in got][:15])
print(acc)
