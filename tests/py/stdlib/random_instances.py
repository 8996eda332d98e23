# random.Random instances and the module functions with seeds: choices (weights, cum_weights, k),
# shuffle, sample (counts), gauss, normalvariate, triangular, betavariate, expovariate,
# randrange steps, getrandbits, getstate/setstate, randbytes, independent streams.
import random
r1 = random.Random(42)
r2 = random.Random(42)
print([r1.random() for _ in range(3)] == [r2.random() for _ in range(3)])
r = random.Random(2023)
print(r.randint(1, 6), r.randrange(10), r.randrange(5, 100, 7), r.randrange(-10, 10, 3), r.getrandbits(70))
print(r.choice('abcdef'), r.choices(range(10), k=5), r.choices('abc', weights=[1, 0, 5], k=6),
      r.choices('xyz', cum_weights=[1, 2, 10], k=4))
L = list(range(20)); r.shuffle(L); print(L)
print(r.sample(range(100), 7), r.sample(['a', 'b', 'c'], counts=[3, 1, 2], k=5))
print([round(r.gauss(0, 1), 10) for _ in range(4)], [round(r.normalvariate(5, 2), 10) for _ in range(2)])
print(round(r.uniform(-1, 1), 12), round(r.triangular(0, 10, 3), 12), round(r.betavariate(2, 3), 12),
      round(r.expovariate(1.5), 12), round(r.gammavariate(2.5, 1.0), 12), round(r.lognormvariate(0, 1), 12),
      round(r.vonmisesvariate(1, 2), 12), round(r.paretovariate(3), 12), round(r.weibullvariate(1, 2), 12))
st = r.getstate()
a = [r.random() for _ in range(5)]
r.setstate(st)
print(a == [r.random() for _ in range(5)])
print(r.randbytes(10).hex())
for seed in [0, 1, -1, 2**70, 'hello', b'bytes', 3.5]:
    r.seed(seed)
    print(repr(seed), r.random(), r.randint(0, 10**20))
random.seed(7)
print(random.random(), random.randint(1, 100), random.choice([1, 2, 3]))
x = list('abcdefgh'); random.shuffle(x); print(''.join(x))
print(random.sample(range(10**9), 3))
for bad in [lambda: r.randrange(0), lambda: r.randrange(1, 1), lambda: r.choice([]), lambda: r.sample([1, 2], 3),
            lambda: r.choices('ab', weights=[1]), lambda: r.randint(5, 1), lambda: r.getrandbits(-1),
            lambda: r.randrange(1, 10, 0), lambda: r.choices('ab', weights=[0, 0])]:
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
class MyRandom(random.Random):
    def random(self):
        return 0.5
m = MyRandom(1)
print(m.random(), m.choice('abc'), m.uniform(0, 10))
