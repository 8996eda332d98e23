# weakref with live referents (Taipan does not reclaim weakly held objects yet): ref identity
# and equality, WeakValueDictionary/WeakKeyDictionary/WeakSet APIs, finalize called and
# detached explicitly, WeakMethod, a cache keyed weakly.
import weakref
class Obj:
    def __init__(self, name):
        self.name = name
    def hello(self):
        return 'hi ' + self.name
    def __repr__(self):
        return f'Obj({self.name})'
a = Obj('a')
r = weakref.ref(a)
print(r() is a, r().name, r == weakref.ref(a), hash(r) == hash(a), isinstance(r, weakref.ref), callable(r))
wvd = weakref.WeakValueDictionary()
keep = [Obj(str(i)) for i in range(5)]
for o in keep:
    wvd[o.name] = o
print(sorted(wvd.keys()), len(wvd), wvd['3'], wvd.get('9', 'missing'), '1' in wvd, sorted(k for k, v in wvd.items()))
print(wvd.pop('0'), len(wvd), wvd.setdefault('new', keep[0]), sorted(wvd))
wvd.update({'x': keep[1]}); del wvd['x']; print(sorted(wvd), [o.name for o in sorted(wvd.values(), key=lambda o: o.name)])
wkd = weakref.WeakKeyDictionary()
k1, k2 = Obj('k1'), Obj('k2')
wkd[k1] = 1; wkd[k2] = 2
print(sorted(k.name for k in wkd.keys()), sorted(wkd.values()), wkd[k1], k2 in wkd, len(wkd))
ws = weakref.WeakSet([k1, k2])
ws.add(a); ws.discard(k2)
print(len(ws), sorted(o.name for o in ws), a in ws, k2 in ws, ws <= weakref.WeakSet([a, k1, k2]))
log = []
res = Obj('res')
fin = weakref.finalize(res, log.append, 'finalized')
print(fin.alive, fin.atexit, fin(), fin.alive, fin(), log)
f2 = weakref.finalize(res, log.append, 'never')
print(f2.peek()[0] is res, f2.detach()[0] is res, f2.alive, f2(), log)
wm = weakref.WeakMethod(a.hello)
print(wm()(), wm() == a.hello, wm == weakref.WeakMethod(a.hello))
cache = weakref.WeakKeyDictionary()
def expensive(o):
    if o not in cache:
        log.append('compute ' + o.name)
        cache[o] = len(o.name) * 10
    return cache[o]
print(expensive(k1), expensive(k1), expensive(k2), log)
try:
    weakref.ref(1)
except TypeError as e:
    print('TypeError', e)
try:
    weakref.ref([])
except TypeError as e:
    print('TypeError', e)
