# collections.abc: which builtin types count as which ABC (a matrix), user Mapping/
# MutableSequence/MutableSet implementations with the mixin methods, abstract errors.
import collections.abc as cabc
import array, types
samples = {'list': [], 'tuple': (), 'str': '', 'bytes': b'', 'bytearray': bytearray(), 'range': range(1), 'dict': {}, 'set': set(), 'frozenset': frozenset(),
           'deque': __import__('collections').deque(), 'keys': {}.keys(), 'values': {}.values(), 'items': {}.items(), 'gen': (x for x in []), 'iter': iter([]),
           'memoryview': memoryview(b''), 'array': array.array('b'), 'mappingproxy': types.MappingProxyType({}), 'int': 0, 'func': len, 'OrderedDict': __import__('collections').OrderedDict()}
abcs = ['Container', 'Hashable', 'Iterable', 'Iterator', 'Reversible', 'Generator', 'Sized', 'Callable', 'Collection', 'Sequence', 'MutableSequence', 'ByteString', 'Set', 'MutableSet', 'Mapping', 'MutableMapping', 'MappingView', 'KeysView', 'ItemsView', 'ValuesView']
for name, obj in samples.items():
    print(f'{name:13}', ''.join('X' if isinstance(obj, getattr(cabc, a)) else '.' for a in abcs))
class MyMap(cabc.Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = MyMap({'a': 1, 'b': 2})
print(m.get('a'), m.get('z', 0), 'a' in m, list(m.keys()), list(m.items()), list(m.values()), m == {'a': 1, 'b': 2}, dict(m))
class MySeq(cabc.MutableSequence):
    def __init__(self): self.data = []
    def __getitem__(self, i): return self.data[i]
    def __setitem__(self, i, v): self.data[i] = v
    def __delitem__(self, i): del self.data[i]
    def __len__(self): return len(self.data)
    def insert(self, i, v): self.data.insert(i, v)
s = MySeq(); s.extend([3, 1, 2]); s.append(5); s.reverse(); s += [9]; s.remove(1)
print(s.data, s.index(2), s.count(5), 5 in s, list(reversed(s)), s.pop(), s.pop(0), s.data)
class MySet(cabc.MutableSet):
    def __init__(self, it=()): self.s = list(dict.fromkeys(it))
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(self.s)
    def __len__(self): return len(self.s)
    def add(self, x):
        if x not in self.s: self.s.append(x)
    def discard(self, x):
        if x in self.s: self.s.remove(x)
a, b = MySet([1, 2, 3]), MySet([2, 3, 4])
print(list(a | b), list(a & b), list(a - b), list(a ^ b), a <= MySet([1, 2, 3, 4]), a.isdisjoint(MySet([9])))
a |= MySet([7]); a -= MySet([1]); print(list(a), a.pop(), list(a))
try:
    class Incomplete(cabc.Sequence): pass
    Incomplete()
except TypeError as e:
    print('TypeError', e)
print(issubclass(list, cabc.Sequence), issubclass(dict, cabc.Sequence), issubclass(str, cabc.MutableSequence), cabc.Iterable.__subclasshook__(list), isinstance(MyMap({}), cabc.Hashable))
