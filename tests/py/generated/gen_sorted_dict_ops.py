# Random word-frequency tables built with dict, Counter and defaultdict, compared and sorted in
# several ways (by count then word, reversed, by length), with items/keys/values views.
import random, binascii
from collections import Counter, defaultdict
random.seed(1357)
vocab = ['ant', 'bee', 'cat', 'dog', 'eel', 'fox', 'gnu', 'hen', 'ibis', 'jay', 'kiwi', 'lynx']
acc = 0
for t in range(75):
    words = [random.choice(vocab) for _ in range(random.randint(0, 40))]
    d = {}
    for w in words: d[w] = d.get(w, 0) + 1
    c = Counter(words)
    dd = defaultdict(int)
    for w in words: dd[w] += 1
    assert d == c == dd
    by_count = sorted(d.items(), key=lambda kv: (-kv[1], kv[0]))
    assert [w for w, _ in by_count[:3]] == [w for w, _ in sorted(c.most_common(), key=lambda kv: (-kv[1], kv[0]))[:3]]
    res = (by_count[:4], sorted(d, key=len)[:3], sorted(d.values(), reverse=True)[:5], list(d)[:3], len(d.keys() & set(vocab[:5])), c.total())
    acc = (acc * 7 + binascii.crc32(repr(res).encode())) % (1 << 61)
    if t % 7 == 0: print(res)
print(acc)
