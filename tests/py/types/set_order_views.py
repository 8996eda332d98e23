# Set operations on dict views produce sets in CPython's order.
d = {k: k * k for k in (5, 17, 33, 2, 64, 1000, -3, 9, 41, 12)}
e = {k: -k for k in (17, 2, 81, 64, 7, 5, 128)}
print(d.keys() & e.keys(), e.keys() & d.keys(), d.keys() & {2, 5, 99}, {2, 5, 99} & d.keys())
print(d.keys() | e.keys(), [1, 2] | d.keys(), d.keys() | [3, 4])
print(d.keys() - e.keys(), e.keys() - d.keys(), d.keys() - [5, 9], (9, 10, 11) - d.keys())
print(d.keys() ^ e.keys(), d.keys() ^ {2, 3}, {2, 3} ^ d.keys())
print(d.items() & {(5, 25), (2, 4), (7, 49)}, d.items() - {(5, 25)})
f = {k: v for k, v in d.items() if k % 2}
f[1000] = 0
print(d.items() ^ f.items())
print(d.keys() == set(d), d.keys() <= set(d) | {0}, d.keys() > {5}, d.items() == set(d.items()))
print(d.keys().isdisjoint(e), d.keys().isdisjoint({100, 200}), d.items().isdisjoint([(5, 25)]))
print(set(d.values()), set(reversed(d)), list(reversed(d.items()))[:3])
