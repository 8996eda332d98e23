# __call__ makes instances callable
class Adder:
    def __init__(self, n):
        self.n = n
        self.calls = 0
    def __call__(self, x, *more, scale=1):
        self.calls += 1
        return (self.n + x + sum(more)) * scale

add3 = Adder(3)
print(add3(1), add3(1, 2, 3), add3(1, scale=10), add3.calls)
print(callable(add3), callable(Adder), callable(5), callable(print), callable(lambda: 0))
print(list(map(Adder(100), [1, 2, 3])))

class Pipeline:
    def __init__(self, *funcs):
        self.funcs = funcs
    def __call__(self, v):
        for f in self.funcs:
            v = f(v)
        return v
p = Pipeline(Adder(1), lambda x: x * 2, str, len)
print(p(49), p(4))

class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
try:
    five = 5
    five()
except TypeError as e:
    print("TypeError:", e)
try:
    s = "abc"
    s()
except TypeError as e:
    print("TypeError:", e)
try:
    n = None
    n()
except TypeError as e:
    print("TypeError:", e)

class Counter:
    def __init__(self):
        self.count = 0
    def __call__(self):
        self.count += 1
        return self.count
c = Counter()
results = [c() for _ in range(4)]
print(results, c.count)
obj = NotCallable()
obj.__call__ = lambda: "instance __call__ ignored"
try:
    obj()
except TypeError as e:
    print("TypeError:", e)
class Memo:
    def __init__(self, f):
        self.f, self.cache = f, {}
    def __call__(self, *args):
        if args not in self.cache:
            self.cache[args] = self.f(*args)
        return self.cache[args]
slow_sq = Memo(lambda a, b: a ** b)
print(slow_sq(2, 10), slow_sq(2, 10), len(slow_sq.cache))
