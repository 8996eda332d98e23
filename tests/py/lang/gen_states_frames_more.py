# Generators: send/throw/close, yield from return values, gi_frame/gi_running/gi_suspended/gi_yieldfrom states.
import inspect
def state(g): return inspect.getgeneratorstate(g)
def inner():
    got = yield "i1"
    try:
        got2 = yield ("i2", got)
    except KeyError as e:
        got2 = ("caught", str(e))
    return ("inner-ret", got2)
def outer():
    r = yield from inner()
    print("outer got", r)
    r2 = yield from [10, 20]
    print("list yield from ->", r2)
    try:
        yield "last"
    finally:
        print("outer finally")
    return "done"
g = outer()
print(state(g), g.gi_running, g.gi_frame is not None, g.gi_yieldfrom, g.gi_suspended)
print(next(g), state(g), type(g.gi_yieldfrom).__name__, g.gi_frame.f_lineno > 0, g.gi_suspended)
print(g.send("s1"))
print(g.throw(KeyError("k")))
print(next(g), g.gi_yieldfrom.__class__.__name__)
print(next(g))
try:
    g.send(None)
except StopIteration as e:
    print("StopIteration", e.value, state(g), g.gi_frame)
# send non-None to fresh generator
def simple():
    x = yield 1
    yield x
s = simple()
try:
    s.send(5)
except TypeError as e:
    print("TypeError", e)
print(s.send(None), s.send("v"), state(s))
s.close(); print(state(s), s.gi_frame)
s.close()
try:
    next(s)
except StopIteration as e:
    print("StopIteration after close", repr(e.value))
# gi_running inside
def selfref():
    yield gen_ref.gi_running
    yield state(gen_ref)
gen_ref = selfref()
print(list(gen_ref))
def reenter():
    yield next(me)
me = reenter()
try:
    next(me)
except ValueError as e:
    print("ValueError", e)
# close behaviours
def swallow():
    try:
        yield 1
    except GeneratorExit:
        yield "bad"
w = swallow(); next(w)
try:
    w.close()
except RuntimeError as e:
    print("RuntimeError", e)
def close_returns():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"
cr = close_returns(); next(cr); print(cr.close())
def close_raises():
    try:
        yield 1
    finally:
        raise ValueError("from finally")
cx = close_raises(); next(cx)
try:
    cx.close()
except ValueError as e:
    print("ValueError", e)
# throw into unstarted generator
def never():
    print("never runs")
    yield 1
n = never()
try:
    n.throw(IndexError("early"))
except IndexError as e:
    print("IndexError", e, state(n))
# throw with type + value, traceback
def catcher():
    while True:
        try:
            yield
        except Exception as e:
            print("caught", type(e).__name__, e.args)
c = catcher(); next(c)
c.throw(ValueError)
c.throw(ValueError, "msg")
c.throw(TypeError("inst"))
try:
    c.throw(5)
except TypeError as e:
    print("TypeError", e)
c.close()
# yield from delegates throw/close to subgenerator
def sub():
    try:
        yield "a"
        yield "b"
    except ZeroDivisionError:
        yield "sub handled"
    finally:
        print("sub finally")
def deleg():
    v = yield from sub()
    yield ("after", v)
d = deleg(); print(next(d), d.throw(ZeroDivisionError), next(d)); d.close()
d2 = deleg(); next(d2); d2.close(); print(state(d2))
# StopIteration inside generator -> RuntimeError
def leaky():
    yield 1
    raise StopIteration("inner")
try:
    list(leaky())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)
# return value in StopIteration with tuple value
def ret_tuple():
    return (1, 2)
    yield
try:
    next(ret_tuple())
except StopIteration as e:
    print(e.value, e.args)
# yield from generator with return inside loop, and yield expression values
def acc():
    total = 0
    while True:
        v = yield total
        if v is None: return total
        total += v
def driver():
    res = yield from acc()
    return res * 10
dr = driver(); next(dr)
for v in (1, 2, 3): print(dr.send(v), end=" ")
try:
    dr.send(None)
except StopIteration as e:
    print("final", e.value)
print(g.__name__, g.__qualname__, inner.__code__.co_flags & 0x20 != 0, type(g).__name__)
