# PEP 479: StopIteration inside generator becomes RuntimeError
def leaky():
    yield 1
    raise StopIteration("oops")

g = leaky()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)

def next_on_empty():
    it = iter([])
    yield next(it)
try:
    list(next_on_empty())
except RuntimeError as e:
    print("RuntimeError:", e)

def safe_next():
    it = iter([1, 2])
    while True:
        try:
            v = next(it)
        except StopIteration:
            return "finished"
        yield v
s = safe_next()
print(list(s))

def ret_value():
    yield 1
    return [1, 2]
g = ret_value()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value", e.value)

class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
print(list(It()))
print([x for x in It()])
e = StopIteration(42)
print(e.value, e.args)
print(StopIteration().value)
def genexp_stop():
    return list(next(iter([])) for _ in range(1))
try:
    genexp_stop()
except RuntimeError as e:
    print("genexpr RuntimeError:", e)
it = iter([1])
print(next(it, "d1"), next(it, "d2"))
print(issubclass(StopIteration, Exception), issubclass(RuntimeError, Exception))
