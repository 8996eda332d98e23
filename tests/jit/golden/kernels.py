# Functions whose IR is checked against golden dumps (tests/jit/run_golden.py). Each is
# called a few times first so that quickening leaves type feedback, then compiled.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def advance(xs, vs, dt):
    for i in range(len(xs)):
        x = xs[i]
        v = vs[i]
        xs[i] = x + v * dt + v * v * 0.5


def folded(n):
    a = 3
    b = a * 4 + 2
    t = 0
    for i in range(n):
        t = t + b
    return t


class Body:
    def __init__(self, x, vx):
        self.x = x
        self.vx = vx

    def step(self, dt):
        self.x = self.x + self.vx * dt
        return self.x


def drive(bodies, dt):
    s = 0.0
    for b in bodies:
        s = s + b.step(dt)
    return s


for _ in range(4):
    fib(10)
    advance([0.0, 1.0], [0.5, 0.25], 0.1)
    folded(10)
    drive([Body(0.0, 1.0), Body(1.0, 2.0)], 0.5)
print(fib(15), folded(5), drive([Body(0.0, 1.0)], 0.5))
