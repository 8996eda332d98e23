# asyncio end to end: Queue with worker tasks and join, gather/as_completed/wait, cancellation,
# wait_for and timeout(), Event/Lock/Semaphore, futures with call_soon, TaskGroup and except*.
import asyncio
log = []
async def worker(name, q, results):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            break
        await asyncio.sleep(0)
        results.append((name, item, item * item))
        q.task_done()
async def producer(q, n):
    for i in range(n):
        await q.put(i)
        log.append(f'put {i}')
async def main():
    q = asyncio.Queue(maxsize=3)
    results = []
    workers = [asyncio.create_task(worker(f'w{i}', q, results)) for i in range(3)]
    await producer(q, 10)
    for _ in workers:
        await q.put(None)
    await q.join()
    await asyncio.gather(*workers)
    print(sorted(r[1] for r in results), len(log))
    async def slow(x):
        await asyncio.sleep(0.01 * x)
        return x * 10
    print(await asyncio.gather(slow(3), slow(1), slow(2)))
    async def steps(x):
        # Finishes after x turns of the event loop: an order that does not depend on speed.
        for _ in range(x * 3):
            await asyncio.sleep(0)
        return x * 10
    done = []
    for coro in asyncio.as_completed([steps(2), steps(1), steps(3)]):
        done.append(await coro)
    print(done)
    t = asyncio.create_task(slow(100))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('cancelled', t.cancelled(), t.done())
    try:
        await asyncio.wait_for(slow(100), timeout=0.01)
    except asyncio.TimeoutError:
        print('timeout')
    async def fails():
        raise ValueError('bad')
    res = await asyncio.gather(slow(1), fails(), return_exceptions=True)
    print(res[0], type(res[1]).__name__, res[1])
    ev = asyncio.Event()
    async def waiter():
        await ev.wait()
        return 'woken'
    wt = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    ev.set()
    print(await wt)
    lock = asyncio.Lock()
    counter = 0
    async def inc():
        nonlocal counter
        async with lock:
            v = counter
            await asyncio.sleep(0)
            counter = v + 1
    await asyncio.gather(*(inc() for _ in range(20)))
    print('counter', counter)
    sem = asyncio.Semaphore(2)
    active, peak = 0, 0
    async def limited(i):
        nonlocal active, peak
        async with sem:
            active += 1
            peak = max(peak, active)
            await asyncio.sleep(0)
            active -= 1
    await asyncio.gather(*(limited(i) for i in range(8)))
    print('peak', peak)
    done, pending = await asyncio.wait([asyncio.create_task(slow(1)), asyncio.create_task(slow(50))], return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), [d.result() for d in done])
    for p in pending: p.cancel()
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, 'from call_soon')
    print(await fut)
    async def agen():
        for i in range(3):
            await asyncio.sleep(0)
            yield i
    print([x async for x in agen()])
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print('timeout ctx')
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(slow(1)); t2 = tg.create_task(slow(2))
    print(t1.result(), t2.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fails()); tg.create_task(slow(1))
    except* ValueError as eg:
        print('taskgroup', [str(e) for e in eg.exceptions])
    return 'main done'
print(asyncio.run(main()))
