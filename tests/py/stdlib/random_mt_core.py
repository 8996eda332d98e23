# _random.Random (the Mersenne Twister) and _sha512 used directly: seeding from ints of every
# size and sign, hashes of other objects, random(), getrandbits(), getstate()/setstate().
import _random
import _sha512

R = _random.Random
seeds = list(range(-20, 300)) + [2**k for k in range(0, 200, 7)] + [2**k - 1 for k in range(1, 200, 11)]
seeds += [-(3**k) for k in range(1, 120, 9)] + [10**30 + 7, -(10**40), 2**32, 2**32 + 1, 2**64 - 1, 2**64]
for s in seeds:
    r = R(s)
    print(s, r.random(), r.getrandbits(17), r.getrandbits(32), r.getrandbits(33), r.random())

# seed() on an existing generator, and the same seed twice
r = R()
for s in [0, 1, 12345, 2**100, -7, True, False]:
    r.seed(s)
    a = [r.random() for _ in range(3)]
    r.seed(s)
    print(s, a, a == [r.random() for _ in range(3)])

# non-int seeds go through hash(); floats hash as CPython does
for s in [1.5, -2.25, 0.0, 1e300, float('inf'), (1, 2), 3+0j if False else 2.0]:
    r = R(s)
    print(repr(s), r.random())

# many draws: the generator refills its 624-word state several times
r = R(2024)
total = 0
for i in range(5000):
    total += r.getrandbits(31)
print("sum", total, r.random())

# getrandbits sizes
r = R(7)
for k in [0, 1, 2, 31, 32, 33, 63, 64, 65, 100, 128, 129, 1000]:
    print(k, r.getrandbits(k))
for bad in [-1, 1.5, "3", 2**40]:
    try:
        r.getrandbits(bad)
    except Exception as e:
        print("getrandbits", repr(bad), type(e).__name__, e)

# state round trip
r = R(99)
st = r.getstate()
print(type(st).__name__, len(st), st[-1], st[:3])
x = [r.random() for _ in range(700)]
r.setstate(st)
print(x == [r.random() for _ in range(700)])
r2 = R()
r2.setstate(st)
print(r2.random() == x[0])
for bad in [[0] * 625, (0,) * 624, st[:-1] + (625,), st[:-1] + (-1,), st[:-1] + (700,), ("x",) + st[1:],
            (-1,) + st[1:], (2**64,) + st[1:], st[:-1] + ("x",), 5]:
    try:
        r.setstate(bad)
        print("setstate accepted", type(bad).__name__)
    except Exception as e:
        print("setstate", type(e).__name__, e)
r.setstate(st[:-1] + (625 - 1,))
print(r.random())
# state words are truncated to 32 bits
r.setstate((2**32 + 5,) + st[1:])
print(r.getstate()[0])

# constructor arguments
for args, kw in [((1, 2), {}), ((), {"x": 1}), ((None,), {})]:
    try:
        R(*args, **kw)
        print("ok", args)
    except TypeError as e:
        print("Random", type(e).__name__, e)

class Sub(R):
    pass
s = Sub(10)
print(s.random() == R(10).random(), isinstance(s, R))

class Sub2(R):
    def __init__(self, a, b):
        self.seed(a + b)
s2 = Sub2(4, 6)
print(s2.random() == R(10).random())

# _sha512
for data in [b"", b"abc", b"a" * 111, b"a" * 112, b"a" * 127, b"a" * 128, b"a" * 129, bytes(range(256)) * 3]:
    print(len(data), _sha512.sha512(data).hexdigest()[:32], _sha512.sha384(data).hexdigest()[-16:])
h = _sha512.sha512()
for chunk in [b"x" * 50, b"y" * 100, b"z" * 3]:
    h.update(chunk)
print(h.hexdigest() == _sha512.sha512(b"x" * 50 + b"y" * 100 + b"z" * 3).hexdigest())
c = h.copy()
c.update(b"more")
print(h.hexdigest() != c.hexdigest(), len(h.digest()), h.name, h.digest_size, h.block_size)
h2 = _sha512.sha384(bytearray(b"abc"))
print(h2.name, h2.digest_size, len(h2.digest()), h2.hexdigest()[:20])
for bad in ["text", 5, None]:
    try:
        _sha512.sha512().update(bad)
    except TypeError as e:
        print("update", type(e).__name__, e)
try:
    _sha512.sha512("text")
except TypeError as e:
    print("sha512", type(e).__name__, e)
print(_sha512.sha512(string=b"abc").hexdigest() == _sha512.sha512(b"abc").hexdigest())
