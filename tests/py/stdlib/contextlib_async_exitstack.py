# contextlib async: AsyncExitStack (enter_async_context, push_async_callback, push_async_exit, sync callbacks, pop_all, aclose), asynccontextmanager exceptions and suppression, aclosing, all under asyncio.run.
import asyncio
import contextlib

log = []


@contextlib.asynccontextmanager
async def resource(name, fail_exit=False):
    log.append("open " + name)
    try:
        yield name.upper()
    except KeyError as e:
        log.append("%s saw %r" % (name, e))
        raise
    finally:
        await asyncio.sleep(0)
        log.append("close " + name)
        if fail_exit:
            raise RuntimeError("exit of " + name)


@contextlib.asynccontextmanager
async def swallow():
    try:
        yield
    except ValueError as e:
        log.append("swallowed %s" % e)


class AsyncCM:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        log.append("aenter " + self.name)
        return self

    async def __aexit__(self, et, ev, tb):
        log.append("aexit %s %s" % (self.name, et.__name__ if et else None))
        return et is TypeError


async def main():
    async with contextlib.AsyncExitStack() as stack:
        a = await stack.enter_async_context(resource("a"))
        b = stack.enter_context(contextlib.nullcontext("sync"))
        c = await stack.enter_async_context(AsyncCM("c"))
        stack.callback(log.append, "sync callback")

        async def acb(x):
            log.append("async callback %s" % x)

        stack.push_async_callback(acb, 1)

        async def aexit(et, ev, tb):
            log.append("push_async_exit saw %s" % (et.__name__ if et else None))
            return False

        stack.push_async_exit(aexit)
        log.append("body %s %s %s" % (a, b, c.name))
    print(log)
    del log[:]

    # exception raised in the body passes through the exits in LIFO order; TypeError suppressed by AsyncCM
    async with contextlib.AsyncExitStack() as stack:
        await stack.enter_async_context(resource("outer"))
        await stack.enter_async_context(AsyncCM("suppressor"))
        raise TypeError("suppressed by AsyncCM")
    print(log)
    del log[:]

    try:
        async with contextlib.AsyncExitStack() as stack:
            await stack.enter_async_context(resource("k"))
            raise KeyError("missing")
    except KeyError as e:
        print("KeyError escaped", e, log)
    del log[:]

    # an exception in an exit callback replaces the original, which becomes its __context__
    try:
        async with contextlib.AsyncExitStack() as stack:
            await stack.enter_async_context(resource("bad", fail_exit=True))
            raise ValueError("original")
    except RuntimeError as e:
        print("RuntimeError", e, "context:", repr(e.__context__), log)
    del log[:]

    async with swallow():
        raise ValueError("inside swallow")
    print("after swallow", log)
    del log[:]

    # pop_all moves the callbacks to a new stack
    async with contextlib.AsyncExitStack() as stack:
        await stack.enter_async_context(resource("moved"))
        saved = stack.pop_all()
    print("after with", log)
    await saved.aclose()
    print("after aclose", log)
    del log[:]

    async def agen():
        try:
            for i in range(10):
                yield i
        finally:
            log.append("agen closed")

    async with contextlib.aclosing(agen()) as g:
        async for v in g:
            if v == 2:
                break
    print("aclosing", log)
    del log[:]

    try:
        async with resource("twice") as r:
            raise KeyError("in body")
    except KeyError:
        print("cm reraised", log)

    cm = resource("reuse")
    async with cm:
        pass
    try:
        async with cm:
            pass
    except (RuntimeError, AttributeError) as e:
        print(type(e).__name__)
    try:
        stack = contextlib.AsyncExitStack()
        await stack.enter_async_context(contextlib.nullcontext())
    except TypeError as e:
        print("TypeError", e)
    return "main done"


print(asyncio.run(main()))
