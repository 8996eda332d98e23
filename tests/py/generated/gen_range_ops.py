# Random ranges (negative steps, empty, huge bounds): len, indexing, slicing, contains, index,
# count, reversed, equality and hashing compared against list models where feasible.
import random, binascii
random.seed(123)
acc = 0
for i in range(625):
    start, stop = random.randint(-30, 30), random.randint(-30, 30)
    step = random.choice([1, 2, 3, -1, -2, -5, 7])
    r = range(start, stop, step)
    L = list(r)
    assert len(r) == len(L)
    k = random.randint(-40, 40)
    s = slice(random.choice([None, random.randint(-15, 15)]), random.choice([None, random.randint(-15, 15)]), random.choice([None, 1, -1, 2, -3]))
    res = [len(r), k in r, r.count(k), list(r[s]) == L[s], list(reversed(r)) == L[::-1], r == range(start, stop, step), bool(r)]
    try: res.append(r[k])
    except IndexError as e: res.append(str(e))
    try: res.append(r.index(k))
    except ValueError as e: res.append(str(e))
    if L: res.append((min(r), max(r), sum(r)))
    res.append(repr(r[s]))
    o = repr(res)
    acc = (acc * 3 + binascii.crc32(o.encode())) % (1 << 61)
    if i % 31 == 0: print(r, s, o[:150])
big = range(-10**30, 10**30, 7**20)
print(len(big), big[12345], 7**20 * 5 - 10**30 in big, big.index(-10**30 + 7**20 * 3), big[::-1][0], big[10**5:10**5 + 3], hash(range(0)) == hash(range(5, 5)))
print(acc)
