# The random module on hundreds of seeds (small, big and negative ints, str, bytes,
# bytearray, float, None-free): every public method gives CPython's numbers.
import random

def line(r):
    out = [r.random(), r.randint(-50, 50), r.randrange(1000), r.randrange(3, 300, 7), r.getrandbits(40)]
    out.append(r.choice("abcdefghij"))
    seq = list(range(12))
    r.shuffle(seq)
    out.append(seq)
    out.append(r.sample(range(1000), 4))
    out.append(r.uniform(-1.0, 1.0))
    out.append(r.choices(["x", "y", "z"], weights=[1, 2, 3], k=4))
    out.append(r.choices("pq", cum_weights=[5, 10], k=3))
    out.append(r.choices(range(5), k=2))
    return out

seeds = list(range(0, 150)) + [-1, -2, -1000, 2**31, 2**32, 2**32 - 1, 2**63, 2**64 + 1, 10**50, -(10**50)]
seeds += [7**k for k in range(10, 200, 15)]
seeds += ["", "a", "hello", "hello world", "ünïcödé", "x" * 300, "0", "seed"]
seeds += [b"", b"a", b"hello", bytes(range(256)), bytearray(b"bytearray seed")]
seeds += [0.5, 1.25, -3.75, 1e100]
for s in seeds:
    random.seed(s)
    print(repr(s)[:40], line(random))

# distributions
random.seed(20240601)
for name, args in [("gauss", (0, 1)), ("gauss", (10, 0.5)), ("normalvariate", (1, 2)), ("lognormvariate", (0, 0.5)),
                   ("expovariate", (1.5,)), ("vonmisesvariate", (1.0, 4.0)), ("vonmisesvariate", (0.5, 0.0)),
                   ("gammavariate", (0.5, 1.0)), ("gammavariate", (1.0, 2.0)), ("gammavariate", (3.0, 1.5)),
                   ("betavariate", (2.0, 5.0)), ("paretovariate", (3.0,)), ("weibullvariate", (1.0, 1.5)),
                   ("triangular", ()), ("triangular", (0, 10, 2)), ("triangular", (5, 5)), ("uniform", (3, 3))]:
    f = getattr(random, name)
    print(name, args, [f(*args) for _ in range(4)])
print(random.randbytes(7), random.binomialvariate(10, 0.3) if hasattr(random, "binomialvariate") else "-")

# version 1 seeding of str, and the instance API
r = random.Random()
r.seed("abc", version=1)
print(r.random())
r.seed(b"abc", version=1)
print(r.random())
r = random.Random("instance")
state = r.getstate()
a = [r.random() for _ in range(5)]
r.setstate(state)
print(a == [r.random() for _ in range(5)], state[0], len(state[1]), state[2])
r2 = random.Random()
r2.setstate(state)
print(r2.random() == a[0])

# errors
def show(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: random.seed([1, 2]))
show(lambda: random.seed((1, 2)))
show(lambda: random.choice([]))
show(lambda: random.randrange(0))
show(lambda: random.randrange(5, 5))
show(lambda: random.randrange(0, 10, 0))
show(lambda: random.randint(5, 1))
show(lambda: random.sample(range(3), 5))
show(lambda: random.sample({1, 2, 3}, 2))
show(lambda: random.sample(range(5), -1))
show(lambda: random.choices("ab", weights=[1], k=2))
show(lambda: random.choices("ab", weights=[0, 0]))
show(lambda: random.getrandbits(-1))
show(lambda: random.setstate((2, (1, 2), None)))
show(lambda: random.setstate((9, (), None)))
show(lambda: random.Random().seed(1, version=3))
random.seed(5)
print(random.sample(range(10), k=3, counts=None), random.sample(["a", "b"], 2, counts=[2, 3]))

# a subclass with its own random()
class Const(random.Random):
    def random(self):
        return 0.5
c = Const(1)
print(c.random(), c.choice("abc"), c.uniform(0, 10), c.triangular(0, 1))

class Twice(random.Random):
    def __init__(self, seed):
        super().__init__(seed * 2)
print(Twice(21).random() == random.Random(42).random())

# SystemRandom draws from os.urandom: only the shape of its results is deterministic
sr = random.SystemRandom()
x = sr.random()
print(0.0 <= x < 1.0, 0 <= sr.randrange(10) < 10, sr.getrandbits(8) < 256, len(sr.randbytes(4)))
show(lambda: sr.getstate())
