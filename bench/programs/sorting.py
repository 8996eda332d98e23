"""Sorting: ints, floats, strings, tuples, with key= and reverse=, checked for order."""
import sys


def lcg(seed):
    x = seed
    while True:
        x = (x * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        yield x >> 33


def run(n):
    g = lcg(42)
    ints = [next(g) % 100000 for _ in range(n)]
    floats = [next(g) / 7.0 for _ in range(n)]
    strs = [str(next(g) % 50000) for _ in range(n // 2)]
    tuples = [(next(g) % 100, next(g) % 100) for _ in range(n // 2)]
    checksum = 0
    for data in (ints, floats, strs, tuples):
        s1 = sorted(data)
        s2 = sorted(data, reverse=True)
        assert all(s1[i] <= s1[i + 1] for i in range(len(s1) - 1))
        assert s1 == s2[::-1] or data is tuples or data is strs
        checksum += len(s1)
    by_key = sorted(tuples, key=lambda t: t[1])
    assert all(by_key[i][1] <= by_key[i + 1][1] for i in range(len(by_key) - 1))
    ints.sort(key=lambda v: -v)
    return checksum, ints[:3], sorted(strs)[:3], by_key[:2]


n = int(sys.argv[1]) if len(sys.argv) > 1 else 200000
result = run(n)
print(result)
if n == 200000 and result[0] != 600000:
    sys.exit("wrong result")
