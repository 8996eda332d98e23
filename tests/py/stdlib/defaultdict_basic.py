# collections.defaultdict through _collections: __missing__, default_factory, repr, copy, |, errors.
from _collections import defaultdict

d = defaultdict(list)
d['a'].append(1); d['a'].append(2); d['b']
print(d, d['a'], len(d), 'c' in d, d.get('c'), isinstance(d, dict), type(d).__name__)
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(sorted(counts.items()), counts.default_factory)
n = defaultdict()
print(n, n.default_factory)
try:
    n['missing']
except KeyError as e:
    print('KeyError', e)
n.default_factory = str
print(repr(n['k']), n)
print(defaultdict(None, {1: 2}), defaultdict(int, a=1), defaultdict(list, [(1, 2)]), defaultdict(default_factory=int))
c = counts.copy()
c['z'] += 5
print(type(c).__name__, c.default_factory, c['z'], 'z' in counts)
print(defaultdict(int, {1: 2}) | {3: 4}, {0: 1} | defaultdict(str, {1: 2}))
u = defaultdict(set); u |= {1: {2}}; print(u, type(u).__name__)
print(defaultdict(int).__missing__('q'), repr(defaultdict(int)))
dd = defaultdict(int)
dd.default_factory = dd
print(repr(dd))
class Sub(defaultdict):
    def __missing__(self, key):
        return key * 2
s = Sub(int, {1: 1})
print(s[1], s[5], s, 5 in s)
nested = defaultdict(lambda: defaultdict(int))
nested['x']['y'] += 3
print(nested['x']['y'], dict(nested['x']))
for bad in [lambda: defaultdict(1), lambda: defaultdict(int, 1), lambda: defaultdict(int, {}, {}), lambda: defaultdict(None, [1])]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
print(defaultdict.__name__, defaultdict.__module__, repr(defaultdict), defaultdict[str, int])
