# Special methods: __repr__/__str__/__format__ fallbacks, __len__/__bool__ errors, __iter__
# via __getitem__, __reversed__, __contains__, __hash__ = None, __eq__ default identity,
# __getitem__ slices, __setitem__/__delitem__, __call__, __enter__/__exit__, __del__-free.
class Seq:
    def __init__(self, n): self.n = n
    def __getitem__(self, i):
        if isinstance(i, slice): return [self[j] for j in range(*i.indices(self.n))]
        if not -self.n <= i < self.n: raise IndexError(i)
        return (i % self.n) * 10
    def __len__(self): return self.n
s = Seq(4)
print(list(s), s[1:3], s[::-1], s[-1], 20 in s, list(reversed(s)), len(s), bool(Seq(0)), sorted(s, reverse=True))
class BadLen:
    def __len__(self): return -1
try: len(BadLen())
except ValueError as e: print(e)
class BadBool:
    def __bool__(self): return 1
try: bool(BadBool())
except TypeError as e: print(e)
class NoStr:
    def __repr__(self): return 'NoStr!'
print(str(NoStr()), f'{NoStr()}', format(NoStr(), ''), '%s' % NoStr())
try: format(NoStr(), 'x')
except TypeError as e: print(e)
class Unhash:
    __hash__ = None
try: {Unhash()}
except TypeError as e: print(e)
o1, o2 = object(), object(); print(o1 == o1, o1 == o2, o1 != o2)
class Store:
    def __init__(self): self.d = {}
    def __setitem__(self, k, v): print('set', k, v); self.d[k] = v
    def __delitem__(self, k): print('del', k); del self.d[k]
    def __getitem__(self, k): return self.d[k]
    def __call__(self, *a, **k): return ('called', a, k)
st = Store(); st['a'] = 1; st[1, 2] = 'tuple key'; del st['a']; print(st.d, st(1, x=2))
class Rev:
    def __reversed__(self): return iter('cba')
    def __iter__(self): return iter('abc')
print(list(reversed(Rev())), list(Rev()), ''.join(Rev()))
class Ctx:
    def __enter__(self): return 'entered'
    def __exit__(self, t, v, tb): print('exit with', t.__name__ if t else None); return t is KeyError
with Ctx() as c: print(c)
with Ctx(): raise KeyError('swallowed')
try:
    with Ctx(): raise ValueError('kept')
except ValueError as e: print('kept', e)
