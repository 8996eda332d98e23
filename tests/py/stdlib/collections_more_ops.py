# collections: Counter arithmetic/unary/comparison, most_common ties, OrderedDict
# move_to_end/popitem/equality, ChainMap layering, deque rotate/maxlen/index, defaultdict.
from collections import Counter, OrderedDict, ChainMap, deque, defaultdict, namedtuple
c1 = Counter('abracadabra')
c2 = Counter({'a': 2, 'b': -1, 'z': 3})
print(sorted(c1.items()), c1.most_common(2), c1.most_common()[-1])
print(sorted((c1 + c2).items()), sorted((c1 - c2).items()), sorted((c1 | c2).items()), sorted((c1 & c2).items()))
print(sorted((+c2).items()), sorted((-c2).items()), c1.total(), c2.total())
c3 = Counter(a=1)
c3.update('aab'); c3.subtract({'b': 3}); print(sorted(c3.items()), sorted(c3.elements()))
print(Counter('ab') == Counter('ba'), Counter(a=1) <= Counter(a=2, b=1), Counter(a=1, b=0) == Counter(a=1))
print(Counter('hello')['z'], len(Counter('hello')), repr(Counter()), repr(Counter('aab')))
od = OrderedDict.fromkeys('abcde')
od.move_to_end('b'); od.move_to_end('e', last=False)
print(list(od), od.popitem(), od.popitem(last=False), list(od))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1), repr(OrderedDict(x=1)))
od2 = OrderedDict([(i, i * i) for i in range(5)])
od2[2] = 'two'; del od2[0]; od2[0] = 0
print(od2, list(reversed(od2)), od2 | {9: 9})
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
base = {'color': 'red', 'size': 1}
over = {'color': 'blue'}
cm = ChainMap(over, base)
print(cm['color'], cm['size'], len(cm), sorted(cm), dict(cm) == {'color': 'blue', 'size': 1})
child = cm.new_child({'size': 9})
print(child['size'], child.parents['size'], child.maps[0], len(child.maps))
cm['new'] = 1
print(over, 'new' in base)
del cm['color']
print(cm['color'], over)
try:
    del cm['size']
except KeyError as e:
    print('KeyError', e)
d = deque(range(10), maxlen=5)
print(d, d.maxlen)
d.append(10); d.appendleft(-1); print(d)
d.rotate(2); print(d); d.rotate(-3); print(d)
d.extend([20, 21]); d.extendleft([30, 31]); print(d, d.index(31), d.count(30))
d.remove(31); print(d, d[0], d[-1], len(d))
d2 = deque('abc'); d2.insert(1, 'X'); d2.reverse(); print(d2, d2.copy() == d2, deque('ab') + deque('cd'), deque('ab') * 2)
try:
    deque([1], maxlen=1).insert(0, 2)
except IndexError as e:
    print('IndexError', e)
dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dd[k].append(v)
print(sorted(dd.items()), dd.default_factory is list, dd.get('zz'), 'zz' in dd)
nested = defaultdict(lambda: defaultdict(int))
nested['x']['y'] += 2
print({k: dict(v) for k, v in nested.items()})
Pt = namedtuple('Pt', 'x y', defaults=[0])
p = Pt(1)
print(p, p._replace(y=5), p._asdict(), Pt._fields, Pt._field_defaults, Pt._make([3, 4]))
print(sum(Counter({'a': 3, 'b': 4}).values()), Counter('mississippi').most_common(3))
