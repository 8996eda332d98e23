# Generators: send values through, throw at various points (caught, re-raised, transformed),
# close (GeneratorExit handling, yield inside finally -> RuntimeError), return values through
# StopIteration and yield from, gi_running/gi_frame state, exhausted generators.
def acc():
    total = 0
    while True:
        try:
            x = yield total
        except ValueError as e:
            print('caught', e)
            total = -1
            continue
        if x is None:
            return total
        total += x
g = acc()
print(next(g), g.send(5), g.send(10), g.throw(ValueError('bad')), g.send(3))
try: g.send(None)
except StopIteration as e: print('returned', e.value)
def closer():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print('GeneratorExit seen')
        raise
    finally:
        print('finally')
c = closer(); next(c); c.close(); c.close(); print('closed twice ok')
def stubborn():
    try:
        yield 1
    finally:
        yield 2
s = stubborn(); next(s)
try: s.close()
except RuntimeError as e: print(e)
def gen(): yield 1
x = gen()
try: x.throw(KeyError('k'))
except KeyError as e: print('throw before start', e)
print(next(x, 'exhausted'))
def inner():
    r = yield 'i1'
    print('inner got', r)
    try:
        yield 'i2'
    except TypeError:
        print('inner handled TypeError')
        yield 'i3'
    return 'inner-result'
def outer():
    res = yield from inner()
    print('outer got', res)
    yield 'o1'
o = outer()
print(next(o), o.send('S'), o.throw(TypeError), next(o))
try: next(o)
except StopIteration: print('done')
def running():
    yield g2.gi_running
g2 = running(); print(next(g2), g2.gi_running, g2.gi_frame is not None)
list(g2); print(g2.gi_frame)
def transform():
    try:
        yield
    except ZeroDivisionError as e:
        raise ValueError('transformed') from e
t = transform(); next(t)
try: t.throw(ZeroDivisionError)
except ValueError as e: print(e, type(e.__cause__).__name__)
def retgen():
    yield 1
    return [1, 2]
r = retgen(); next(r)
try: next(r)
except StopIteration as e: print(e.value, e.args)
def bad_stop():
    raise StopIteration
    yield
try: next(bad_stop())
except RuntimeError as e: print(e)
print(list(i * j for i in range(3) for j in range(i)), sum(x for x in range(100) if x % 7 == 0))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 15)))
