# Async generators driven by hand (no asyncio): asend/athrow/aclose awaitables stepped with send(), ag_* states.
import types
@types.coroutine
def suspend(tag):
    got = yield ("suspended", tag)
    return got
async def agen():
    try:
        x = yield "first"
        print("agen got", x)
        r = await suspend("mid")
        print("await returned", r)
        y = yield ("second", x, r)
        print("agen got", y)
        try:
            yield "third"
        except KeyError as e:
            print("agen caught", repr(e))
            yield "after-catch"
    finally:
        print("agen finally")
        await suspend("cleanup")
def step(aw, value=None):
    """Drive an awaitable one step; report what happened."""
    try:
        r = aw.send(value)
        return ("yielded-to-loop", r)
    except StopIteration as e:
        return ("result", e.value)
    except StopAsyncIteration:
        return ("StopAsyncIteration",)
    except Exception as e:
        return ("raised", type(e).__name__, str(e))
g = agen()
print(type(g).__name__, g.ag_running, g.ag_frame is not None, g.ag_await)
a1 = g.asend(None)
print(type(a1).__name__, step(a1))
a2 = g.asend("hello")
print(step(a2))
print("ag_await during suspend:", type(g.ag_await).__name__)
print(step(a2, "resumed-value"))
print(step(g.asend("v2")))
th = g.athrow(KeyError("kk"))
print(type(th).__name__, step(th))
ac = g.aclose()
print(step(ac))
print(step(ac, None))
print(g.ag_frame, step(g.asend(None)))
# __anext__ is asend(None)
async def counter(n):
    for i in range(n):
        yield i
c = counter(3)
out = []
while True:
    r = step(c.__anext__())
    if r[0] != "result": out.append(r); break
    out.append(r[1])
print(out)
# aclose on unstarted and finished
u = counter(2)
print(step(u.aclose()), step(u.asend(None)))
# athrow on unstarted generator
u2 = counter(2)
print(step(u2.athrow(ValueError("early"))))
# awaitable reuse errors
c2 = counter(2)
aw = c2.asend(None)
print(step(aw))
print(step(aw))
aw.close()
# asend non-None into fresh
c3 = counter(2)
print(step(c3.asend("x")))
# ignoring GeneratorExit
async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn(); step(s.asend(None))
print(step(s.aclose()))
# StopAsyncIteration raised inside becomes RuntimeError? (StopIteration does)
async def bad_stop():
    raise StopIteration("x")
    yield
print(step(bad_stop().asend(None)))
async def bad_stop2():
    raise StopAsyncIteration("y")
    yield
print(step(bad_stop2().asend(None)))
# async comprehension inside a coroutine driven manually
async def comp():
    xs = [v * 10 async for v in counter(4) if v % 2 == 0]
    ys = {v: v async for v in counter(2)}
    return xs, ys
print(step(comp().__await__()))
# coroutine throw/close driven manually
async def co():
    try:
        v = await suspend("co")
        return ("co done", v)
    except ValueError as e:
        return ("co caught", str(e))
cw = co()
print(step(cw))
try:
    cw.throw(ValueError("thrown"))
except StopIteration as e:
    print("StopIteration", e.value)
cw2 = co(); step(cw2); cw2.close(); print(cw2.cr_frame)
# anext/aiter builtins with default
async def use_anext():
    it = aiter(counter(1))
    a = await anext(it)
    b = await anext(it, "default")
    try:
        await anext(it)
    except StopAsyncIteration:
        c = "exhausted"
    return a, b, c
print(step(use_anext().__await__()))
try:
    anext(5)
except TypeError as e:
    print("TypeError", e)
try:
    aiter([])
except TypeError as e:
    print("TypeError", e)
