# min/max with multiple args, iterables, key and default.
print(min(3, 1, 2), max(3, 1, 2), min([4, 2, 8]), max((4, 2, 8)), min("hello"), max("hello"))
print(min(1, 1.0), min(1.0, 1), max(1, True), max(True, 1), min([0, False]), max([2 ** 70, 1e21]))
print(min(-0.0, 0.0), max(-0.0, 0.0), min(0.0, -0.0), max(0.0, -0.0))
words = ["banana", "Apple", "cherry", "fig", "kiwi"]
print(min(words), max(words), min(words, key=len), max(words, key=len), min(words, key=str.lower))
print(max(words, key=lambda w: w[-1]), min(words, key=lambda w: (len(w), w)))
print(min([], default="empty"), max((), default=None), min([5], default=0), max(iter([]), default=-1))
print(min([3, 1], key=lambda x: -x, default=99), max("ab", "cd", key=str.upper))
ties = [(1, "first"), (1, "second"), (0, "zero"), (0, "also zero")]
print(min(ties, key=lambda t: t[0]), max(ties, key=lambda t: t[0]))
print(max([1, 3, 3.0, 2]), type(max([1, 3, 3.0, 2])).__name__, max([3.0, 3]), min([2, 2.0]))
d = {"a": 5, "b": 9, "c": 1}
print(max(d), max(d, key=d.get), min(d.values()), max(d.items(), key=lambda kv: kv[1]))
print(min(range(10, 0, -3)), max(x * x % 7 for x in range(10)), min({5, 3, 8}), max(frozenset([2, 9])))
print(min([[2, 1], [1, 5], [1, 2]]), max([(1, "b"), (1, "a")]), min("b", "a", "c"))
class P:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        return self.n < other.n
    def __repr__(self):
        return "P(%d)" % self.n
print(min(P(3), P(1), P(2)), max([P(3), P(5), P(4)]))
nan = float("nan")
print(max([1, nan, 3]), max([nan, 1, 3]), min([1, nan, 0]), min([nan, 5]))
