# UserDict/UserList/UserString behaviour, defaultdict factories and repr, Counter from
# generators, namedtuple in sets/sorting, deque as sliding window, ChainMap updates.
from collections import UserDict, UserList, UserString, defaultdict, Counter, namedtuple, deque
class LowerDict(UserDict):
    def __setitem__(self, k, v): super().__setitem__(k.lower(), v)
ld = LowerDict({'A': 1}); ld['B'] = 2; ld.update(C=3); print(ld, ld.data, 'a' in ld, ld.get('b'), len(ld), dict(ld))
ul = UserList([3, 1, 2]); ul.sort(); ul.append(4); print(ul, ul[1:], type(ul[1:]).__name__, ul + [5], 2 * ul, ul.index(4))
us = UserString('Hello'); print(us.upper(), us[::-1], us + '!', 'ell' in us, len(us), type(us.lower()).__name__, us == 'Hello')
dd = defaultdict(lambda: 'dflt', a='x'); print(dd['a'], dd['b'], repr(defaultdict(int))[:28], dd.default_factory() , sorted(dd.items()))
nested = defaultdict(lambda: defaultdict(int)); nested['x']['y'] += 2; nested['x']['z'] += 1; print({k: dict(v) for k, v in nested.items()})
counts = defaultdict(int)
for w in 'the cat and the hat and the bat'.split(): counts[w] += 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])), Counter(len(w) for w in counts).most_common())
P = namedtuple('P', 'x y')
pts = {P(1, 2), P(1, 2), P(0, 5)}; print(sorted(pts), max(pts, key=lambda p: p.y), P(1, 2) == (1, 2), sorted(pts, key=lambda p: (-p.x, p.y)))
win = deque(maxlen=3); avgs = []
for v in [1, 5, 2, 8, 3, 9]:
    win.append(v); avgs.append(round(sum(win) / len(win), 3))
print(avgs, list(win))
try: defaultdict(5)
except TypeError as e: print(e)
