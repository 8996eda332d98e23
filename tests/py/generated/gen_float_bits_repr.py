# Random doubles (from random bit patterns) and big ints: repr/str/format/round/hex/hash agree
# with CPython across the whole range, plus fsum, divmod and bit operations.
import random, math, struct
r = random.Random(5)
out = []
for _ in range(300):
    bits = r.getrandbits(64)
    x = struct.unpack('<d', struct.pack('<Q', bits))[0]
    if math.isnan(x): continue
    out.append((repr(x), str(x), f'{x:.17g}', f'{x:e}', f'{x:.3f}' if abs(x) < 1e30 else '', round(x, 3) if abs(x) < 1e300 else 0, x.hex(), float(repr(x)) == x, hash(x) % 1000))
for o in out[:150]: print(*o)
vals = [r.uniform(-1e6, 1e6) for _ in range(200)] + [r.random() * 10 ** r.randint(-30, 30) for _ in range(200)]
print(sum(vals), math.fsum(vals), sorted(vals)[:3], [f'{v:g}' for v in vals[:20]], [f'{v:.2%}' for v in vals[:5]], [format(v, ',.4f') for v in vals[:8]])
print([round(v) for v in vals[:20]], [int(v) for v in vals[:10]], [v.as_integer_ratio()[1].bit_length() for v in vals[:10]], [divmod(v, 7.5) for v in vals[:5]])
ints = [r.getrandbits(r.randint(1, 200)) * r.choice([1, -1]) for _ in range(200)]
print([hash(i) for i in ints[:30]], [str(i)[:12] for i in ints[:10]], sum(ints), [i % 97 for i in ints[:20]], [i // 12345 for i in ints[:5]], [float(i) for i in ints[:8]])
print([(i >> 7, i << 3, i & 0xFFFF, i ^ -1) for i in ints[:4]], [format(i, 'x')[:10] for i in ints[:6]], [i.bit_length() for i in ints[:20]])
print([hash(v) for v in vals[:20]], [hash(complex(v, 1)) for v in vals[:5]], hash(-1), hash(-2), hash(2**61), hash(float(2**61)), hash(1e300), hash(-0.0), hash(float('inf')))
