# asyncio on Taipan's event loop support (_socket.socketpair, select.select, _signal):
# run, sleep, create_task, gather, Queue, Event, Lock, wait_for, cancellation, TaskGroup,
# async generators under the loop, call_soon/call_later, futures.
import asyncio


async def worker(name, q, results):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            return name
        await asyncio.sleep(0.001 * item)
        results.append((name, item))
        q.task_done()


async def queue_demo():
    q = asyncio.Queue()
    results = []
    workers = [asyncio.create_task(worker("w%d" % i, q, results)) for i in range(3)]
    for i in range(9):
        await q.put(i % 4)
    for _ in workers:
        await q.put(None)
    await q.join()
    names = await asyncio.gather(*workers)
    print("queue", names, len(results), sorted(i for _, i in results))


async def compute(x):
    await asyncio.sleep(0.002 * (3 - x))
    return x * x


async def failing():
    await asyncio.sleep(0)
    raise ValueError("bad task")


async def gather_demo():
    print("gather", await asyncio.gather(*(compute(i) for i in range(4))))
    r = await asyncio.gather(compute(2), failing(), return_exceptions=True)
    print("gather exc", r[0], type(r[1]).__name__, r[1])
    try:
        await asyncio.gather(failing(), compute(1))
    except ValueError as e:
        print("gather raised", e)


async def slow():
    await asyncio.sleep(10)


async def cancel_demo():
    t = asyncio.create_task(slow())
    await asyncio.sleep(0.001)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.cancelled(), t.done())
    try:
        await asyncio.wait_for(slow(), timeout=0.01)
    except asyncio.TimeoutError:
        print("wait_for timed out")
    try:
        async with asyncio.timeout(0.01):
            await slow()
    except TimeoutError:
        print("timeout() expired")


async def event_lock_demo():
    ev = asyncio.Event()
    lock = asyncio.Lock()
    order = []

    async def waiter(i):
        await ev.wait()
        async with lock:
            order.append(i)
            await asyncio.sleep(0)

    tasks = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0.001)
    print("before set", order)
    ev.set()
    await asyncio.gather(*tasks)
    print("after set", order)


async def ticker(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def agen_demo():
    print("agen", [i async for i in ticker(4)])
    ag = ticker(10)
    async for i in ag:
        if i == 2:
            break
    await ag.aclose()
    print("agen closed")


async def taskgroup_demo():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(compute(1))
        t2 = tg.create_task(compute(2))
    print("taskgroup", t1.result(), t2.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failing())
            tg.create_task(slow())
    except* ValueError as eg:
        print("taskgroup errors", [str(e) for e in eg.exceptions])


async def callbacks_demo():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    seen = []
    loop.call_soon(seen.append, "soon")
    loop.call_later(0.002, fut.set_result, "later")
    print("future", await fut, seen)
    fut2 = loop.create_future()
    fut2.add_done_callback(lambda f: seen.append(f.result()))
    fut2.set_result("done-cb")
    await asyncio.sleep(0)
    print("callbacks", seen)
    print("current task", asyncio.current_task().get_name().startswith("Task-"))


async def main():
    await queue_demo()
    await gather_demo()
    await cancel_demo()
    await event_lock_demo()
    await agen_demo()
    await taskgroup_demo()
    await callbacks_demo()
    return "main done"


print(asyncio.run(main()))
print(asyncio.iscoroutinefunction(main), asyncio.iscoroutine(compute))
