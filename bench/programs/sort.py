"""Sorting: sort lists of ints, floats, strings and tuples -- random, already sorted,
reversed and nearly sorted -- with and without key= and reverse=, both with sorted()
and list.sort(), and verify every result (order, stability, same multiset).

Measures: the list sort implementation (comparisons of ints, floats, strs and tuples,
natural-run detection), calls of key functions, lambda calls, list building.

Size argument: list length in thousands (work grows slightly faster than linearly).
"""
# bench-size: default=150 growth=linear
import sys

DEFAULT_K = 150
EXPECTED_CHECKSUM = 572465355


class Rng:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        # A 48-bit linear congruential generator; the top bits are the good ones.
        self.state = (self.state * 25214903917 + 11) & 0xFFFFFFFFFFFF
        return (self.state >> 16) % bound


def fail(what):
    sys.exit(f"sort: {what}")


def check_order(seq, key, reverse, what):
    for i in range(len(seq) - 1):
        a = seq[i] if key is None else key(seq[i])
        b = seq[i + 1] if key is None else key(seq[i + 1])
        if (b > a) if reverse else (b < a):
            fail(f"{what}: out of order at {i}: {seq[i]!r} then {seq[i + 1]!r}")


def check_stable(order, keys, reverse, what):
    # order is a sorted list of indices into keys; equal keys must keep index order.
    for i in range(len(order) - 1):
        a = order[i]
        b = order[i + 1]
        if keys[a] == keys[b] and a > b:
            fail(f"{what}: not stable at {i}")
        if (keys[b] > keys[a]) if reverse else (keys[b] < keys[a]):
            fail(f"{what}: out of order at {i}")


def check_same_items(a, b, what):
    counts = {}
    for x in a:
        counts[x] = counts.get(x, 0) + 1
    for x in b:
        c = counts.get(x, 0)
        if c == 0:
            fail(f"{what}: item {x!r} appeared from nowhere")
        counts[x] = c - 1
    if len(a) != len(b):
        fail(f"{what}: length changed")


def weighted(seq, f):
    total = 0
    for i, x in enumerate(seq):
        total = (total * 31 + (i + 1) * f(x)) % 1000000007
    return total


def run(n, rng):
    checksum = 0

    ints = [rng.next(1000000) - 500000 for _ in range(n)]
    s = sorted(ints)
    check_order(s, None, False, "ints")
    check_same_items(ints, s, "ints")
    r = sorted(ints, reverse=True)
    check_order(r, None, True, "ints reversed")
    if r[::-1] != s:
        fail("ints: reverse=True is not the reverse of the ascending sort")
    by_abs = sorted(ints, key=abs)
    check_order(by_abs, abs, False, "ints by abs")
    checksum += weighted(s, lambda v: v) + weighted(by_abs, lambda v: v)

    # Stability: sort indices by a key with many duplicates, forwards and backwards.
    keys = [v % 97 for v in ints]
    order = sorted(range(n), key=lambda i: keys[i])
    check_stable(order, keys, False, "ints stable")
    order = list(range(n))
    order.sort(key=lambda i: keys[i], reverse=True)
    check_stable(order, keys, True, "ints stable reversed")
    checksum += weighted(order, lambda v: v)

    # Presorted shapes: ascending, descending, ascending with a few swaps, sawtooth.
    shapes = [list(range(n)), list(range(n, 0, -1)), list(range(n)), []]
    for _ in range(n // 100):
        a = rng.next(n)
        b = rng.next(n)
        shapes[2][a], shapes[2][b] = shapes[2][b], shapes[2][a]
    for i in range(n):
        shapes[3].append(i % 1000)
    for shape in shapes:
        t = sorted(shape)
        check_order(t, None, False, "presorted")
        shape.sort(reverse=True)
        check_order(shape, None, True, "presorted reversed")
        checksum += weighted(t[:1000], lambda v: v)

    floats = [rng.next(1000000) / 997.0 - 500.0 for _ in range(n)]
    f = sorted(floats)
    check_order(f, None, False, "floats")
    checksum += weighted(f, lambda v: int(v * 1000.0))

    syllables = ["ab", "ra", "ca", "da", "bra", "zu", "el", "Om", "ix", "Ka"]
    words = []
    for _ in range(n):
        w = ""
        for _ in range(1 + rng.next(4)):
            w += syllables[rng.next(len(syllables))]
        words.append(w)
    ws = sorted(words)
    check_order(ws, None, False, "strings")
    check_same_items(words, ws, "strings")
    wl = sorted(words, key=lambda w: w.lower())
    check_order(wl, lambda w: w.lower(), False, "strings by lower")
    wn = sorted(words, key=len, reverse=True)
    check_order(wn, len, True, "strings by length")
    checksum += weighted(ws, len) + weighted(wl, lambda w: ord(w[0])) + weighted(wn, len)

    records = [(rng.next(50), words[i], ints[i]) for i in range(n)]
    rs = sorted(records)
    check_order(rs, None, False, "tuples")
    rk = sorted(records, key=lambda t: (t[2] % 10, t[0]), reverse=True)
    check_order(rk, lambda t: (t[2] % 10, t[0]), True, "tuples by key")
    records.sort(key=lambda t: t[1])
    check_order(records, lambda t: t[1], False, "tuples sorted in place")
    checksum += weighted(rs, lambda t: t[0] + t[2]) + weighted(rk, lambda t: t[2])

    checksum += min(ints) + max(ints) + len(min(words)) + len(max(words, key=len))
    return checksum % 1000000007, s[0], s[-1], ws[0], ws[-1]


def main():
    k = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_K
    n = k * 1000
    rng = Rng(12345)
    checksum, lo, hi, first, last = run(n, rng)
    print(f"n={n} min={lo} max={hi} first={first} last={last}")
    print(f"checksum={checksum}")
    if k == DEFAULT_K and checksum != EXPECTED_CHECKSUM:
        sys.exit(f"sort: expected checksum {EXPECTED_CHECKSUM}, got {checksum}")


main()
