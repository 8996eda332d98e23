# collections.Counter: construction, most_common ordering, arithmetic (+ - & | unary), update and
# subtract with negatives, elements, total, comparisons, missing keys.
from collections import Counter
c = Counter('abracadabra')
print(c, c.most_common(2), c.most_common(), c['z'], c.total())
d = Counter(a=1, b=-2, c=3)
print(c + d, c - d, c & d, c | d, +d, -d)
c.update('zzz'); c.update({'a': -10}); print(c)
c.subtract(a=1, b=100); print(c)
print(sorted(Counter(x=2, y=1, z=0).elements()), sorted(c.elements())[:6])
print(Counter('aab') == Counter('aba'), Counter(a=1) <= Counter(a=2), Counter(a=1) < Counter(a=1), Counter(a=3) >= Counter(a=2, b=0))
e = Counter({'k': 0}); print(e == Counter(), e)
del c['z']; print('z' in c, c.pop('r'), sorted(c.items()))
f = Counter([1, 2, 2, 3, 3, 3]); print(f.most_common(1), list(f.keys()), list(f.values()), repr(Counter()))
print(Counter('hello world').most_common(3), sum(Counter('abc').values()))
print(dict(Counter(a=2) + Counter(a=-5)), Counter(a=1) | Counter(b=2) | Counter(a=3))
