# dict: fromkeys (shared default), setdefault, update forms (kwargs, pairs, mapping), pop with
# default, popitem LIFO, views (set operations, reversed, mapping attribute, len), |, |=, copy,
# equality ignoring order, key errors, iteration mutation error, dict subclass __missing__.
d = dict.fromkeys('abc', [])
d['a'].append(1); print(d)
d = {}; print(d.setdefault('k', 5), d.setdefault('k', 6), d)
d.update([('x', 1)], y=2); d.update({'z': 3}); d.update(); print(d)
print(d.pop('x'), d.pop('nope', 'dflt'), d.popitem(), d)
try: d.pop('nope')
except KeyError as e: print('KeyError', e)
try: {}.popitem()
except KeyError as e: print(e)
a = {'a': 1, 'b': 2, 'c': 3}; b = {'b': 20, 'd': 4}
ka, kb = a.keys(), b.keys()
print(sorted(ka & kb), sorted(ka | kb), sorted(ka - kb), sorted(ka ^ kb), ka.isdisjoint({'q'}), 'a' in ka, ('a', 1) in a.items(), 1 in a.values())
print(list(reversed(a)), list(reversed(a.values())), list(reversed(a.items())), ka.mapping is a if hasattr(ka, 'mapping') else '', len(a.items()))
print(a | b, b | a, {**a, **b} == a | b)
c = dict(a); c |= b; c |= [('e', 5)]; print(c, c == dict(reversed(list(c.items()))))
try: a | [1]
except TypeError as e: print(e)
try:
    for k in a: a['new'] = 1
except RuntimeError as e: print(e)
class Default(dict):
    def __missing__(self, k): return k * 2
dd = Default(x=1); print(dd['x'], dd['ab'], dd.get('ab'), 'ab' in dd, len(dd))
print(dict(a=1) == {'a': 1}, {1: 'a', True: 'b'}, {1.0: 'x', 1: 'y'}, dict([(1, 2), [3, 4]]), dict({'a': 1}, b=2))
for bad in [lambda: dict([1, 2]), lambda: dict([(1,)]), lambda: {}[[]], lambda: dict(1), lambda: {}.fromkeys()]:
    try: bad()
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
e = {}
for i in range(100): e[i] = i
for i in range(0, 100, 2): del e[i]
print(len(e), list(e)[:5], sum(e), e.get(51), e.get(50, 'gone'))
print(repr({'a': {'b': [1, {'c': ()}]}}), str({(): frozenset()}), {x: x ** 2 for x in range(4)}, {}.keys(), {1: 2}.values(), {1: 2}.items())
