# Random slices (with negative and huge bounds and steps) of lists, strings, bytes, tuples, ranges,
# and random slice assignment / deletion on lists and bytearrays.
import random, binascii
random.seed(99)
def rb():
    return random.choice([None, random.randint(-12, 12), random.randint(-100, 100)])
acc = 0
samples = []
for i in range(750):
    n = random.randint(0, 10)
    lst = list(range(n))
    s = ''.join(chr(97 + j) for j in range(n))
    b = bytes(range(65, 65 + n))
    t = tuple(lst)
    r = range(3, 3 + 2 * n, 2)
    start, stop, step = rb(), rb(), random.choice([None, 1, 2, 3, -1, -2, -3, 7])
    sl = slice(start, stop, step)
    parts = (lst[sl], s[sl], b[sl], t[sl], list(r[sl]), sl.indices(n))
    acc = (acc * 7 + binascii.crc32(repr(parts).encode())) % 1000000007
    if i % 50 == 0:
        samples.append(repr(parts))
    # assignment
    L = list(lst)
    ba = bytearray(b)
    new = [100 + k for k in range(random.randint(0, 4))]
    try:
        L[sl] = new
        res = L
    except ValueError as e:
        res = str(e)
    try:
        ba[sl] = bytes(new)
        res2 = bytes(ba)
    except ValueError as e:
        res2 = str(e)
    L2 = list(lst); del L2[sl]
    acc = (acc * 7 + binascii.crc32(repr((res, res2, L2)).encode())) % 1000000007
    if i % 50 == 1:
        samples.append(repr((sl, res, res2, L2)))
print('\n'.join(samples))
print(acc)
