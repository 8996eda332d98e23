# random with fixed seeds: randrange/randint/choice/choices (weights, cum_weights, k)/sample
# (counts)/shuffle, distributions (gauss, normalvariate, expovariate, triangular, betavariate,
# gammavariate, paretovariate, vonmisesvariate, weibull, lognormal), getstate/setstate, randbytes.
import random
r = random.Random(2024)
print([r.randrange(10) for _ in range(8)], [r.randrange(5, 50, 5) for _ in range(5)], [r.randint(-3, 3) for _ in range(8)])
print(r.choice('abcdef'), r.choices(range(10), k=6), r.choices('abc', weights=[5, 1, 1], k=8), r.choices('xyz', cum_weights=[1, 2, 10], k=6))
print(r.sample(range(100), 7), r.sample(['red', 'blue'], counts=[3, 2], k=4), r.sample(range(10**9), 3))
deck = list(range(20)); r.shuffle(deck); print(deck)
print(r.getrandbits(64), r.getrandbits(1), r.getrandbits(130), r.randbytes(6).hex())
fmt = lambda xs: [round(x, 10) for x in xs]
print(fmt([r.random() for _ in range(3)]), fmt([r.uniform(-1, 1) for _ in range(3)]))
print(fmt([r.gauss(0, 1) for _ in range(4)]), fmt([r.normalvariate(10, 2) for _ in range(3)]))
print(fmt([r.expovariate(1.5) for _ in range(3)]), fmt([r.triangular(0, 10, 3) for _ in range(3)]), fmt([r.betavariate(2, 5) for _ in range(3)]))
print(fmt([r.gammavariate(0.5, 1) for _ in range(2)] + [r.gammavariate(1, 2), r.gammavariate(3, 1)]), fmt([r.paretovariate(2) for _ in range(2)]))
print(fmt([r.vonmisesvariate(0, 4) for _ in range(3)]), fmt([r.weibullvariate(1, 1.5) for _ in range(2)]), fmt([r.lognormvariate(0, 0.5) for _ in range(2)]))
st = r.getstate(); a = [r.random() for _ in range(3)]; r.setstate(st); b = [r.random() for _ in range(3)]; print(a == b)
r2 = random.Random('string seed'); r3 = random.Random(b'bytes seed'); r4 = random.Random(3.5)
print(r2.random(), r3.random(), r4.randint(0, 1000))
random.seed(99); x = random.random(); random.seed(99); print(x == random.random(), random.randrange(1000))
for bad in [lambda: r.randrange(0), lambda: r.choice([]), lambda: r.sample(range(3), 5), lambda: r.randint(5, 1), lambda: r.choices('ab', weights=[1])]:
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
class MyRandom(random.Random):
    def random(self):
        return 0.5
m = MyRandom(1)
print(m.choice('abcde'), m.uniform(0, 10), m.randrange(10), m.shuffle([1, 2, 3]) is None)
