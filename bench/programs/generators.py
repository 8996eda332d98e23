"""Generators: pipelines of generator functions, generator expressions, `yield from`
over a recursive tree walk, coroutines driven by send(), and an incremental prime sieve
kept in a dict.

Measures: generator creation, resumption and suspension, yield from delegation, send,
StopIteration at loop ends, generator expressions feeding sum/max.

Size argument: work multiplier (work is linear in it).
"""
# bench-size: default=35 growth=linear
import sys

DEFAULT_SIZE = 35
EXPECTED = (46659666900000, 815782325, "7499.625000", 69448)


def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def keep(pred, items):
    for x in items:
        if pred(x):
            yield x


def apply(f, items):
    for x in items:
        yield f(x)


def take(n, items):
    if n <= 0:
        return
    for x in items:
        yield x
        n -= 1
        if n == 0:
            return


def chained(*sources):
    for s in sources:
        yield from s


def pipeline(n):
    evens = keep(lambda v: v % 2 == 0, count_up(n))
    squares = apply(lambda v: v * v, evens)
    total = 0
    for v in take(n // 4, squares):
        total += v
    # Closed form: sum of (2k)^2 for k < n/4.
    m = n // 4
    expect = 4 * (m - 1) * m * (2 * m - 1) // 6
    if total != expect:
        sys.exit(f"generators: pipeline sum {total}, expected {expect}")
    return total


class Node:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None


def insert(root, key):
    if root is None:
        return Node(key)
    node = root
    while True:
        if key < node.key:
            if node.left is None:
                node.left = Node(key)
                return root
            node = node.left
        else:
            if node.right is None:
                node.right = Node(key)
                return root
            node = node.right


def inorder(node):
    if node is not None:
        yield from inorder(node.left)
        yield node.key
        yield from inorder(node.right)


def tree_walk(n, seed):
    root = None
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        root = insert(root, x >> 8)
    prev = -1
    count = 0
    checksum = 0
    for key in inorder(root):
        if key < prev:
            sys.exit("generators: in-order walk is not sorted")
        prev = key
        count += 1
        checksum = (checksum * 7 + key) % 1000000007
    if count != n:
        sys.exit(f"generators: walked {count} nodes, inserted {n}")
    return checksum


def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            return count
        total += value
        count += 1
        average = total / count


def run_averager(n):
    avg = averager()
    next(avg)
    last = 0.0
    for v in chained(range(n), apply(lambda k: k * 0.5, range(n))):
        last = avg.send(v)
    try:
        avg.send(None)
    except StopIteration as stop:
        if stop.value != 2 * n:
            sys.exit(f"generators: averager saw {stop.value} values, expected {2 * n}")
    return f"{last:.6f}"


def primes():
    # Incremental sieve: composites maps each upcoming composite to the primes dividing it.
    composites = {}
    q = 2
    while True:
        if q not in composites:
            yield q
            composites[q * q] = [q]
        else:
            for p in composites[q]:
                composites.setdefault(p + q, []).append(p)
            del composites[q]
        q += 1


def prime_stats(limit):
    count = 0
    last = 0
    for p in primes():
        if p > limit:
            break
        count += 1
        last = p
    return count, last


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    total = 0
    walk = 0
    average = ""
    for round_ in range(size):
        total += pipeline(40000)
        walk = (walk + tree_walk(4000, round_ + 1)) % 1000000007
        average = run_averager(20000)
        words = sum(len(w) for w in ("gen", "er", "a", "tor") * 1000)
        if words != 9000:
            sys.exit("generators: generator expression sum is wrong")
    count, last = prime_stats(25000 * size)
    print(f"pipeline={total} walk={walk} average={average}")
    print(f"primes below {25000 * size}: {count}, largest {last}")
    if size == DEFAULT_SIZE and (total, walk, average, count) != EXPECTED:
        sys.exit(f"generators: expected {EXPECTED}, got {(total, walk, average, count)}")


main()
