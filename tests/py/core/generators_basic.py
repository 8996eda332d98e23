def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count(5)), sum(count(100)), max(count(10)))
g = count(3)
print(next(g), next(g), next(g), next(g, "done"))
def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    return received
e = echo(); print(next(e), e.send("a"), e.send("b"))
try:
    e.send(None)
except StopIteration as s:
    print("returned", s.value)
def inner():
    yield 1
    yield 2
    return "inner-done"
def outer():
    r = yield from inner()
    yield r
    yield from [10, 20]
print(list(outer()))
def catcher():
    try:
        yield 1
    except ValueError as ex:
        yield f"caught {ex}"
    yield "end"
c = catcher(); print(next(c), c.throw(ValueError("x")), next(c))
def closing():
    try:
        yield 1
        yield 2
    finally:
        print("closed")
cl = closing(); print(next(cl)); cl.close()
print(list(x * 2 for x in range(4)), sum(x for x in range(10) if x % 3 == 0))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib(); print([next(f) for _ in range(15)])
def bad():
    raise StopIteration
    yield
try:
    list(bad())
except RuntimeError as ex:
    print("RuntimeError", ex)
print(list(zip(count(3), "abc")), list(enumerate(count(3), 1)), dict(zip("ab", count(2))))
