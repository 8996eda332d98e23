# types.SimpleNamespace: keyword construction, repr (recursive, subclass name), equality,
# unhashability, attribute deletion, and sys.implementation's type.
import types, sys
ns = types.SimpleNamespace(a=1, b=[2])
print(ns, ns.a, repr(types.SimpleNamespace()))
ns.c = 3
ns.me = ns
print(ns)
print(ns == types.SimpleNamespace(a=1, b=[2], c=3, me=ns), ns != 5, types.SimpleNamespace(x=1) == types.SimpleNamespace(x=1))
print(type(sys.implementation) is types.SimpleNamespace, types.SimpleNamespace.__name__, types.SimpleNamespace)
class Sub(types.SimpleNamespace):
    def total(self): return self.a + self.b
s = Sub(a=1, b=2)
print(s, s.total(), vars(s))
try: types.SimpleNamespace(1)
except TypeError as e: print(e)
try: hash(ns)
except TypeError as e: print(e)
del ns.c
print(sorted(vars(ns)))
