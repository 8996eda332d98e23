# Generator functions: lazy evaluation, state, exhaustion
def count_up(n):
    print("start")
    i = 0
    while i < n:
        print("yielding", i)
        yield i
        i += 1
    print("end")

g = count_up(3)
print(type(g).__name__)
print(next(g))
print(next(g))
print(list(g))
print(list(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args)

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])

def with_return():
    yield 1
    yield 2
    return "done"
g = with_return()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("return value:", e.value, e.args)

def gen_in_for():
    for x in "ab":
        yield x.upper()
        yield x
print(list(gen_in_for()))
print(sum(x * x for x in range(5)))
def empty():
    return
    yield
print(list(empty()))
def evens(limit):
    for n in range(limit):
        if n % 2 == 0:
            yield n
e = evens(10)
for v in e:
    if v > 4:
        break
print("broke at", v, "remaining", list(e))
print(next(iter(count_up(0)), "default"))
def pairs(seq):
    it = iter(seq)
    for a in it:
        yield a, next(it, None)
print(list(pairs([1, 2, 3, 4, 5])))
