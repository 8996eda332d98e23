# Random JSON documents through dumps (random options) and loads (hooks), compared with CPython.
import json, random, binascii
random.seed(31337)
def rstr():
    alphabet = 'abcXYZ 019"\\/\n\t\x00\x1f\u00e9\u4e2d\U0001f600'
    return ''.join(random.choice(alphabet) for _ in range(random.randint(0, 8)))
def doc(depth):
    k = random.random()
    if depth > 3 or k < 0.35:
        return random.choice([None, True, False, random.randint(-10**20, 10**20), random.randint(-5, 5),
                              random.uniform(-1e6, 1e6), random.random() * 1e-8, rstr(), 0.0, -0.0, 1e300])
    if k < 0.65:
        return [doc(depth + 1) for _ in range(random.randint(0, 5))]
    return {rstr(): doc(depth + 1) for _ in range(random.randint(0, 5))}
acc = 0
for i in range(150):
    d = doc(0)
    opts = {}
    if random.random() < 0.5: opts['indent'] = random.choice([None, 0, 2, 4, '\t', ' '])
    if random.random() < 0.5: opts['sort_keys'] = True
    if random.random() < 0.3: opts['separators'] = random.choice([(',', ':'), (', ', ': '), (';', '=')])
    if random.random() < 0.5: opts['ensure_ascii'] = False
    s = json.dumps(d, **opts)
    if opts.get('separators', (',', ':'))[0] == ',':
        back = json.loads(s)
        assert back == d or repr(back) == repr(d), (back, d)
        s2 = json.dumps(back, **opts)
        assert s2 == s
    acc = (acc + binascii.crc32(s.encode('utf-8', 'surrogatepass'))) % (1 << 32)
    if i % 15 == 0:
        print(s[:160])
print(acc)
# hooks
s = json.dumps({'a': [1.5, 2, {'b': 3.25}], 'c': 'x'})
print(json.loads(s, parse_float=lambda t: 'F' + t, parse_int=lambda t: int(t) * 10))
print(json.loads(s, object_hook=lambda o: sorted(o.items())))
print(json.loads(s, object_pairs_hook=lambda ps: [k for k, _ in ps]))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda c: c.lower()))
