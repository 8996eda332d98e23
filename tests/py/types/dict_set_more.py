d = {}
for w in "the cat and the hat and the bat".split():
    d[w] = d.get(w, 0) + 1
print(d, sorted(d.items(), key=lambda kv: (-kv[1], kv[0])))
inv = {v: k for k, v in d.items()}
print(inv)
print(list(d), list(d.values()), dict(zip("abc", range(3))), {**d, "new": 0})
dd = dict.fromkeys(range(5), [])
dd[0].append(1)
print(dd)
print({1: "a"} == {1.0: "a"}, {"a": 1}.items() == {("a", 1)}, d.keys() - {"the"} == {"cat", "and", "hat", "bat"})
s = set()
for i in [10, 5, 3, 10, 7, 3, 100, 64, 32]:
    s.add(i)
print(s, len(s), sorted(s))
print({1, 2, 3}.union([3, 4], (5,)), {1, 2, 3}.intersection({2, 3, 4}, [3]), {1, 2, 3}.difference([1]), {1, 2}.symmetric_difference([2, 3]))
e = {1, 2, 3, 4}
e.intersection_update({2, 3, 9})
print(e)
e.update(range(5, 8))
print(e)
e.difference_update({5})
print(e)
e.symmetric_difference_update({2, 100})
print(e)
print(set(range(-5, 5)), {-1, -4, -3}, {0.5, 1.5, 2.5}, {(1, 2), (0, 1)})
print(frozenset({1, 2}) | {3}, {3} | frozenset({1}), frozenset({1, 2}) == {1, 2}, hash(frozenset()) == hash(frozenset()))
big = set(range(1000))
print(len(big), 999 in big, sum(big), min(big), max(big))
for k in list(d):
    if d[k] == 1:
        del d[k]
print(d)
