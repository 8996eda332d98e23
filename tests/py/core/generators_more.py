def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
def naturals():
    n = 0
    while True:
        yield n
        n += 1
def squares(it):
    for x in it:
        yield x * x
def evens(it):
    return (x for x in it if x % 2 == 0)
print(list(take(5, squares(evens(naturals())))))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(3))))
def tree(depth):
    if depth == 0:
        yield "leaf"
        return
    yield f"node{depth}"
    yield from tree(depth - 1)
    yield from tree(depth - 1)
print(list(tree(2)))
def accumulator():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x
acc = accumulator()
next(acc)
for v in [1, 2, 3]:
    print(acc.send(v))
try:
    acc.send(None)
except StopIteration as e:
    print("final", e.value)
def delegator():
    result = yield from accumulator()
    yield f"delegate got {result}"
d = delegator()
print(next(d), d.send(10), d.send(5), d.send(None))
gen = (i for i in range(3))
print(list(gen), list(gen))
def gen_with_cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup ran")
g = gen_with_cleanup()
print(next(g))
g.close()
print(list(zip(naturals(), "xyz")))
def thrower():
    while True:
        try:
            yield
        except ValueError as e:
            print("handled", e)
t = thrower(); next(t)
t.throw(ValueError("one")); t.throw(ValueError("two"))
try:
    t.throw(TypeError("stop"))
except TypeError as e:
    print("escaped", e)
print(sum(x for x in range(100) if x % 7 == 3), max((len(w), w) for w in ["ab", "abc", "a"]))
