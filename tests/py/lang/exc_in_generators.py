# Exceptions raised inside generators and cleanup via finally
def gen(fail_at):
    try:
        for i in range(5):
            if i == fail_at:
                raise ValueError(f"failed at {i}")
            yield i
    finally:
        print("gen finally, fail_at =", fail_at)

try:
    for v in gen(2):
        print("got", v)
except ValueError as e:
    print("caught:", e)
print(list(gen(99)))

g = gen(99)
print(next(g), next(g))
g.close()
print("closed early")

def consumer_breaks():
    g = gen(99)
    for v in g:
        if v == 1:
            break
    print("after break, generator suspended at", v)
    g.close()
    print("after explicit close")
consumer_breaks()

def catches_inside():
    for i in range(3):
        try:
            yield 10 // (1 - i)
        except ZeroDivisionError:
            yield "div by zero handled"
print(list(catches_inside()))

def raising_gen():
    yield 1
    raise KeyError("from gen")
g2 = raising_gen()
print(next(g2))
try:
    next(g2)
except KeyError as e:
    print("KeyError:", e)
try:
    next(g2)
except StopIteration:
    print("generator finished after exception")

def running_check():
    g = yield "first"
    try:
        next(g)
    except ValueError as e:
        yield "ValueError: " + str(e)
r = running_check()
next(r)
print(r.send(r))
def gen_with_handler():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit handled; returning")
        return
h = gen_with_handler()
next(h)
h.close()
print("close() done")
