# OrderedDict (move_to_end both ways, popitem last/first, order-sensitive equality, reversed) and
# ChainMap (lookup through maps, writes to the first, new_child, parents, deletion errors).
from collections import OrderedDict, ChainMap
od = OrderedDict.fromkeys('abcde', 0)
od.move_to_end('b'); print(list(od))
od.move_to_end('d', last=False); print(list(od))
print(od.popitem(), od.popitem(last=False), list(od))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
print(list(reversed(od)), od)
try: od.move_to_end('zz')
except KeyError as e: print('KeyError', e)
od['x'] = 5; od.update(y=6); print(od, od | {'q': 1})
try: OrderedDict().popitem()
except KeyError as e: print('KeyError', e)
a, b = {'x': 1, 'y': 2}, {'y': 20, 'z': 30}
cm = ChainMap(a, b)
print(cm['x'], cm['y'], cm['z'], len(cm), sorted(cm), cm.get('w', 'none'), 'z' in cm)
cm['z'] = 99; print(a, b)
child = cm.new_child({'x': 'child'}); print(child['x'], child.parents['x'], child.maps[0])
del cm['x']; print(a)
try: del cm['z']
except KeyError as e: print('KeyError', e)
print(dict(ChainMap({'a': 1}, {'a': 2, 'b': 3})), ChainMap({'a': 1}) | {'b': 2})
print(repr(ChainMap({'a': 1}, {})))
