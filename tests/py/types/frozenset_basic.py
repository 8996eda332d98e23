# frozenset: immutability, hashing, dict keys and set elements.
fs = frozenset([3, 1, 2, 3])
print(fs, len(fs), 2 in fs, 5 in fs, type(fs).__name__, repr(frozenset()))
try:
    fs.add(4)
except AttributeError as e:
    print("AttributeError:", e)
print(hash(fs) == hash(frozenset([1, 2, 3])), fs == {1, 2, 3}, hash(frozenset()) == hash(frozenset([])))
d = {frozenset([1, 2]): "a", frozenset([2, 1]): "b", frozenset(): "empty"}
print(d, len(d), d[frozenset({1, 2})])
s = {frozenset([1]), frozenset([1]), frozenset([2, 3])}
print(len(s), sorted(sorted(x) for x in s))
try:
    {{1}}
except TypeError as e:
    print("TypeError:", e)
try:
    {set(): 1}
except TypeError as e:
    print("TypeError:", e)
print(frozenset(fs) is fs, frozenset("aab") == frozenset("ab"), sorted(frozenset("hello")))
print(fs.union({9}), fs.intersection([1, 9]), fs.difference({1}), fs.symmetric_difference({3, 4}))
print(fs.issubset(range(4)), fs.copy() is fs, frozenset({1: "x", 2: "y"}))
graph_edges = {frozenset((1, 2)), frozenset((2, 1)), frozenset((2, 3))}
print(len(graph_edges), frozenset((3, 2)) in graph_edges)
print(sorted(tuple(sorted(e)) for e in graph_edges))
print({1, 2} == frozenset([1, 2]), set(fs), frozenset(x % 4 for x in range(10)))
nested = frozenset([frozenset([1]), frozenset([2])])
print(len(nested), frozenset([1]) in nested)
