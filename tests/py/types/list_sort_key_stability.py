# list.sort and sorted with key, reverse and stability.
a = [5, 2, 9, 1, 5, 6, -3, 0]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ["banana", "Apple", "cherry", "apple", "fig", "Date", "elderberry", "kiwi"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w)))
records = [("alice", 30), ("bob", 25), ("carol", 30), ("dave", 25), ("eve", 35), ("frank", 30)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
by_name = sorted(records)
print(sorted(by_name, key=lambda r: -r[1]))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
pairs.sort(key=lambda p: p[0])
print(pairs)
print(sorted([3.5, 1, 2.25, -1, 0.0, True]), sorted([[2, 1], [1, 2], [1], [], [1, 1]]))
print(sorted("hello"), sorted((3, 1, 2)), sorted({3: "c", 1: "a"}), sorted(range(5), reverse=True))
nums = list(range(20))
nums.sort(key=lambda n: n % 3)
print(nums)
nums.sort(key=lambda n: n % 4, reverse=True)
print(nums)
r = a.sort()
print(r)
try:
    [1, "a", 2].sort()
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, 2], key=5)
except TypeError as e:
    print("TypeError:", e)
try:
    [3, 1].sort(lambda x: x)
except TypeError as e:
    print("TypeError:", e)
data = [{"n": "x", "v": 3}, {"n": "y", "v": 1}, {"n": "z", "v": 2}]
print([d["n"] for d in sorted(data, key=lambda d: d["v"])])
big = [(i * 7919) % 101 for i in range(101)]
big.sort()
print(big == list(range(101)))
