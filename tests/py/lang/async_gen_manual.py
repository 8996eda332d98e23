# async generators and coroutines driven by hand (no event loop): asend/athrow/aclose,
# __anext__ returning awaitables, StopAsyncIteration, async comprehension, await chains.
import types
@types.coroutine
def suspend(v):
    got = yield ('suspended', v)
    return got
async def ticker(n):
    for i in range(n):
        got = await suspend(i)
        yield (i, got)
async def consume():
    out = []
    async for item in ticker(3):
        out.append(item)
    return out
def drive(coro, replies=()):
    replies = list(replies)
    trace = []
    try:
        msg = coro.send(None)
        while True:
            trace.append(msg)
            msg = coro.send(replies.pop(0) if replies else 'r')
    except StopIteration as e:
        return trace, e.value
print(drive(consume(), ['a', 'b', 'c']))
async def comp():
    return [x async for x in ticker(2)], {k: v async for k, v in ticker(2)}
print(drive(comp()))
async def agen():
    try:
        yield 1
        yield 2
    except ValueError as e:
        yield f'caught {e}'
    finally:
        print('  agen finally')
ag = agen()
def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return ('value', e.value)
    except StopAsyncIteration:
        return ('stop',)
print(step(ag.__anext__()), step(ag.asend(None)), step(ag.athrow(ValueError('boom'))), step(ag.aclose()))
print(step(ag.__anext__()))
ag2 = agen(); print(step(ag2.asend(None)), step(ag2.aclose()), step(ag2.__anext__()))
async def plain():
    return 42
c = plain()
print(type(c).__name__, step(c))
try:
    c.send(None)
except RuntimeError as e:
    print('RuntimeError', e)
async def raiser():
    raise KeyError('inside')
try:
    raiser().send(None)
except KeyError as e:
    print('KeyError', e)
async def chain(n):
    if n == 0:
        return await suspend('bottom')
    return await chain(n - 1) + 1 if False else (await chain(n - 1), n)
print(drive(chain(3), ['x']))
print(ag.ag_running, ag.ag_frame, type(ag).__name__, ag.__aiter__() is ag)
async def agen_ret():
    yield 1
ar = agen_ret()
print(step(ar.athrow(GeneratorExit)) if False else 'skip', step(ar.aclose()))
cw = plain().__await__()
print(type(cw).__name__)
try:
    next(cw)
except StopIteration as e:
    print('await value', e.value)
