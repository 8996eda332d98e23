# yield from: delegation, return values, send passthrough
def inner():
    x = yield "inner-1"
    print("inner received", x)
    y = yield "inner-2"
    print("inner received", y)
    return "inner-result"

def outer():
    print("outer start")
    r = yield from inner()
    print("outer got", r)
    yield "outer-final"

g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
try:
    next(g)
except StopIteration:
    print("done")

def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", range(3), (x * 10 for x in range(2)))))

def tree(node):
    if isinstance(node, list):
        for child in node:
            yield from tree(child)
    else:
        yield node
print(list(tree([1, [2, [3, 4], 5], [[6]]])))

def sub():
    try:
        yield 1
        yield 2
    except KeyError:
        print("sub handled KeyError")
        yield "after-key"
def deleg():
    yield from sub()
    yield "deleg-end"
d = deleg()
print(next(d))
print(d.throw(KeyError))
print(next(d))

def counter(n):
    total = 0
    for i in range(n):
        total += (yield i) or 0
    return total
def wrapper():
    result = yield from counter(3)
    yield f"total={result}"
w = wrapper()
print(next(w), w.send(10), w.send(20), w.send(30))
def gen_return_only():
    return 5
    yield
def uses():
    v = yield from gen_return_only()
    yield v
print(list(uses()))
def closes():
    try:
        yield from sub()
    finally:
        print("outer finally")
cg = closes()
next(cg)
cg.close()
