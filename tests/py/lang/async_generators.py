# Async generators: __anext__/asend/athrow/aclose driven by hand and by async for,
# StopAsyncIteration, "already running", "ignored GeneratorExit", async comprehensions.
import types


def run(coro):
    value = None
    while True:
        try:
            y = coro.send(value)
        except StopIteration as e:
            return e.value
        print("  loop got", y)


@types.coroutine
def pause(label):
    return (yield label)


async def agen(n):
    for i in range(n):
        got = yield i
        if got is not None:
            print("  agen received", got)
    print("  agen done")


a = agen(2)
print(type(a).__name__, repr(a).startswith("<async_generator object agen at 0x"))
print(a.__aiter__() is a, a.ag_running, a.ag_await, a.ag_code.co_name, a.ag_frame is not None)
print(a.__name__, a.__qualname__)

# __anext__ returns an awaitable; sending None into it produces StopIteration(value)
aw = a.__anext__()
print(type(aw).__name__)
try:
    aw.send(None)
except StopIteration as e:
    print("first", e.value)
try:
    aw.send(None)
except RuntimeError as e:
    print("RuntimeError", e)

try:
    a.asend("hello").send(None)
except StopIteration as e:
    print("second", e.value)
try:
    a.__anext__().send(None)
except StopAsyncIteration as e:
    print("StopAsyncIteration", repr(e))
try:
    a.__anext__().send(None)
except StopAsyncIteration:
    print("still exhausted")


# awaits inside an async generator pass through to the driver
async def ticking():
    x = await pause("t1")
    yield x
    y = await pause("t2")
    yield y


async def consume():
    out = []
    async for v in ticking():
        out.append(v)
    return out


print(run(consume()))


# async comprehensions and async generator expressions
async def comps():
    l = [x * 2 async for x in agen(3)]
    s = {x async for x in agen(3) if x % 2 == 0}
    d = {x: x * x async for x in agen(3)}
    g = (x + 100 async for x in agen(2))
    print(type(g).__name__)
    l2 = [y async for y in g]
    aw = [await pause(i) for i in range(2)]
    return l, s, d, l2, aw


print(run(comps()))


# athrow: the exception is raised at the yield; a caught one yields the next value
async def catching():
    try:
        yield 1
    except ValueError as e:
        print("  caught", repr(e))
        yield "after-catch"
    yield "end"


a = catching()
run(a.__anext__())
try:
    a.athrow(ValueError("x")).send(None)
except StopIteration as e:
    print("athrow gave", e.value)
try:
    a.athrow(KeyError, KeyError("k")).send(None)
except KeyError as e:
    print("KeyError propagated", e)
try:
    a.__anext__().send(None)
except StopAsyncIteration:
    print("finished after athrow")

# athrow on an exhausted generator
try:
    a.athrow(ValueError).send(None)
except StopIteration:
    print("athrow on finished -> StopIteration")


# aclose runs finally blocks; aclose of a closed one is a no-op
async def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("  finally")
        await pause("in-finally")


a = with_finally()
run(a.__anext__())
print("aclose ->", run(a.aclose()))
print("aclose again ->", run(a.aclose()))
try:
    a.__anext__().send(None)
except StopAsyncIteration:
    print("closed generator is exhausted")


# an async generator that yields in its finally while closing
async def stubborn():
    try:
        yield 1
    finally:
        yield 2


a = stubborn()
run(a.__anext__())
try:
    run(a.aclose())
except RuntimeError as e:
    print("RuntimeError", e)


# StopAsyncIteration / StopIteration raised inside become RuntimeError
async def raises_sai():
    yield 1
    raise StopAsyncIteration


async def raises_si():
    yield 1
    raise StopIteration


for f in (raises_sai, raises_si):
    a = f()
    run(a.__anext__())
    try:
        run(a.__anext__())
    except RuntimeError as e:
        print("RuntimeError", e, type(e.__cause__).__name__)


# already running
async def slow():
    await pause("waiting")
    yield 1


a = slow()
first = a.__anext__()
print(first.send(None))
try:
    a.__anext__().send(None)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    a.aclose().send(None)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    a.athrow(ValueError).send(None)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    first.send(None)
except StopIteration as e:
    print("first finished with", e.value)

# asend with a value into a just-started generator
a = agen(1)
try:
    a.asend(5).send(None)
except TypeError as e:
    print("TypeError", e)


# return with no value ends iteration
async def early():
    yield 1
    return
    yield 2


async def collect(ag):
    return [x async for x in ag]


print(run(collect(early())))

# builtins aiter / anext
async def use_builtins():
    it = aiter(agen(2))
    print(await anext(it), await anext(it))
    print(await anext(it, "default"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("anext raised StopAsyncIteration")


run(use_builtins())
try:
    aiter(5)
except TypeError as e:
    print("TypeError", e)
try:
    anext(5)
except TypeError as e:
    print("TypeError", e)


# break out of async for leaves the generator suspended; aclose finishes it
async def breaker():
    ag = with_finally()
    async for v in ag:
        print("  got", v)
        break
    await ag.aclose()


run(breaker())

# sys.get_asyncgen_hooks / set_asyncgen_hooks: firstiter is called on the first __anext__
import sys
seen = []
old = sys.get_asyncgen_hooks()
print(old[0], old[1])
sys.set_asyncgen_hooks(firstiter=lambda ag: seen.append(ag.__name__))
run(collect(agen(1)))
sys.set_asyncgen_hooks(*old)
print(seen)
try:
    sys.set_asyncgen_hooks(firstiter=5)
except TypeError as e:
    print("TypeError", e)
