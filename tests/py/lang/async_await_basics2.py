# asyncio without real time: gather ordering, tasks and results, exceptions in gather with
# return_exceptions, async generators and comprehensions, async context managers, wait_for of
# quick coroutines, Queue producer/consumer, Event, cancellation.
import asyncio
async def work(n, log):
    await asyncio.sleep(0)
    log.append(('start', n))
    await asyncio.sleep(0)
    log.append(('end', n))
    return n * n
async def fails(): await asyncio.sleep(0); raise ValueError('bad task')
async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i
class ACM:
    async def __aenter__(self): print('aenter'); return 'resource'
    async def __aexit__(self, *exc): print('aexit', exc[0]); return False
async def main():
    log = []
    print(await asyncio.gather(work(1, log), work(2, log), work(3, log)), log)
    print(await asyncio.gather(work(4, []), fails(), return_exceptions=True))
    try: await asyncio.gather(fails(), work(5, []))
    except ValueError as e: print('gather raised', e)
    print([x async for x in agen(4)], [x * 2 async for x in agen(5) if x % 2])
    async with ACM() as r: print('inside', r)
    print(await asyncio.wait_for(work(6, []), timeout=10))
    q = asyncio.Queue()
    async def producer():
        for i in range(3): await q.put(i)
        await q.put(None)
    async def consumer():
        out = []
        while (v := await q.get()) is not None: out.append(v)
        return out
    print((await asyncio.gather(producer(), consumer()))[1])
    ev = asyncio.Event()
    async def waiter(): await ev.wait(); return 'event seen'
    t = asyncio.create_task(waiter()); await asyncio.sleep(0); ev.set(); print(await t)
    async def forever(): await asyncio.Event().wait()
    t2 = asyncio.create_task(forever()); await asyncio.sleep(0); t2.cancel()
    try: await t2
    except asyncio.CancelledError: print('cancelled', t2.cancelled())
    t3 = asyncio.create_task(work(7, [])); print(await t3, t3.done(), t3.result())
asyncio.run(main())
