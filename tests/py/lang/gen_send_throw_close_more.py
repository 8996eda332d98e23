# generators: send() protocol, throw() handled and re-yielding, close() with finally and
# GeneratorExit, yield from delegation with send/throw/return values, gi_* attributes.
import inspect
def averager():
    total = count = 0
    avg = None
    while True:
        try:
            x = yield avg
        except ValueError:
            print('  reset')
            total = count = 0
            avg = None
            continue
        if x is None:
            break
        total += x
        count += 1
        avg = total / count
    return (count, avg)
g = averager()
print(next(g), g.send(10), g.send(20), g.throw(ValueError), g.send(5))
try:
    g.send(None)
except StopIteration as e:
    print('returned', e.value)
def closer():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print('  GeneratorExit seen')
        raise
    finally:
        print('  finally runs')
c = closer(); print(next(c)); c.close(); print(inspect.getgeneratorstate(c))
c2 = closer(); c2.close(); print('closed unstarted', inspect.getgeneratorstate(c2))
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 'no'
s = stubborn(); next(s)
try:
    s.close()
except RuntimeError as e:
    print('RuntimeError', e)
def inner():
    x = yield 'i1'
    print('  inner got', x)
    try:
        yield 'i2'
    except KeyError as e:
        print('  inner caught', repr(e))
        yield 'i3'
    return 'inner-result'
def outer():
    r = yield from inner()
    print('  outer got', r)
    yield 'o1'
o = outer()
print(next(o), o.send('X'), o.throw(KeyError('k')), next(o))
try:
    next(o)
except StopIteration:
    print('outer done')
def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == 'reset':
            n = 0
        elif cmd == 'stop':
            return n
        else:
            n += 1
cg = counter(); print([next(cg), next(cg), cg.send('reset'), next(cg)])
print(cg.gi_running, cg.gi_frame is not None, cg.gi_code.co_name, inspect.getgeneratorstate(cg))
try:
    cg.send('stop')
except StopIteration as e:
    print('stopped at', e.value, cg.gi_frame, inspect.getgeneratorstate(cg))
def fresh():
    yield 1
try:
    fresh().send('x')
except TypeError as e:
    print('TypeError', e)
def self_ref():
    yield me.send(None)
me = self_ref()
try:
    next(me)
except ValueError as e:
    print('ValueError', e)
def thrower():
    yield 1
t = thrower()
try:
    t.throw(IndexError('early'))
except IndexError as e:
    print('IndexError', e, inspect.getgeneratorstate(t))
def gen_ret():
    yield 1
    return [1, 2]
def deleg():
    v = yield from gen_ret()
    yield v
print(list(deleg()), list(x for x in range(3)), sum(x * x for x in range(10)))
def stopiter_inside():
    yield 1
    raise StopIteration('bad')
try:
    list(stopiter_inside())
except RuntimeError as e:
    print('RuntimeError', e, type(e.__cause__).__name__)
