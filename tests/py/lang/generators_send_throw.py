# Generator send(), throw(), close()
def echo():
    received = []
    try:
        while True:
            value = yield len(received)
            print("got", value)
            received.append(value)
    except ValueError as e:
        print("generator caught ValueError:", e)
        yield "recovered"
    finally:
        print("finally runs, received =", received)

g = echo()
print(g.send(None))
print(g.send("a"))
print(g.send("b"))
print(g.throw(ValueError("boom")))
try:
    next(g)
except StopIteration:
    print("exhausted")

def averager():
    total = 0
    count = 0
    avg = None
    while True:
        x = yield avg
        if x is None:
            return avg
        total += x
        count += 1
        avg = total / count
a = averager()
next(a)
for v in (10, 20, 60):
    print("avg", a.send(v))
try:
    a.send(None)
except StopIteration as e:
    print("final", e.value)

def closable():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
    finally:
        print("cleanup")
c = closable()
print(next(c))
c.close()
c.close()
print("closed twice ok")
try:
    next(c)
except StopIteration:
    print("closed generator stops")

g2 = echo()
try:
    g2.send(5)
except TypeError as e:
    print(e)
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad_close()
next(b)
try:
    b.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print(next(b, "exhausted after bad close"))
