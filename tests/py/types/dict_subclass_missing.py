# Regression: dict.__getitem__ itself sends a subclass's missing keys to __missing__ (so bound
# d.__getitem__, dict.__getitem__(d, k) and urllib's quoter work); an overriding __getitem__
# that raises KeyError does not reach __missing__; get() and `in` never call it.
class D(dict):
    def __missing__(self, k):
        print('missing', k)
        return k * 2
d = D(a=1)
print(d['a'], d['bb'], d.__getitem__('cc'), dict.__getitem__(d, 'dd'), list(map(d.__getitem__, ['a', 'e'])))
print(d.get('zz'), 'zz' in d, d.setdefault('q', 0), len(d))
class E(dict):
    def __getitem__(self, k): raise KeyError(k)
    def __missing__(self, k): return 'not reached'
try: E()[1]
except KeyError as e: print('KeyError', e)
class F(dict): pass
try: F()['x']
except KeyError as e: print('KeyError', e)
try: F().__getitem__('y')
except KeyError as e: print('KeyError', e)
class Quoter(dict):
    def __init__(self, safe): self.safe = safe
    def __missing__(self, b):
        res = chr(b) if b in self.safe else '%{:02X}'.format(b)
        self[b] = res
        return res
q = Quoter(b'abc')
print(''.join(map(q.__getitem__, b'abxz c')), sorted(q))
from urllib.parse import quote, quote_from_bytes
print(quote('a b/é?'), quote_from_bytes(b'\x00\xff/'), quote('x', safe=''))
from collections import defaultdict
dd = defaultdict(list); dd.__getitem__('k').append(1); print(dict(dd), dd['k'])
