# async with / async for over user classes: protocol order, exceptions, suppression,
# break/continue/return inside, nesting.
import types


@types.coroutine
def pause(label):
    return (yield label)


def run(coro):
    value = None
    while True:
        try:
            y = coro.send(value)
        except StopIteration as e:
            return e.value
        print("  loop got", y)


class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        print("enter", self.name)
        await pause("aenter " + self.name)
        return self.name.upper()

    async def __aexit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val)
        await pause("aexit " + self.name)
        return self.suppress


async def basic():
    async with CM("a") as x:
        print("body", x)
    async with CM("b", suppress=True) as y:
        raise ValueError("suppressed")
    try:
        async with CM("c") as z:
            raise KeyError("propagates")
    except KeyError as e:
        print("caught", repr(e))
    async with CM("d") as p, CM("e") as q:
        print("two", p, q)
    return "basic done"


print(run(basic()))


async def returns_inside():
    for i in range(3):
        async with CM("loop%d" % i):
            if i == 0:
                continue
            if i == 1:
                break
    async with CM("ret"):
        return "returned"


print(run(returns_inside()))


class Counter:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        print("aiter")
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await pause("next %d" % self.i)
        return self.i


async def loops():
    total = 0
    async for v in Counter(3):
        total += v
    else:
        print("else ran")
    async for v in Counter(5):
        if v == 2:
            continue
        if v == 4:
            break
        print("v", v)
    else:
        print("not reached")
    async for a in Counter(2):
        async for b in Counter(2):
            print("pair", a, b)
    return total


print(run(loops()))


class RaisingIter:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise ValueError("from anext")


async def raising():
    try:
        async for v in RaisingIter():
            print("no")
    except ValueError as e:
        print("caught", e)
    return "ok"


print(run(raising()))


# __anext__ that returns a plain awaitable object
class AwaitableValue:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        if False:
            yield
        if self.v > 2:
            raise StopAsyncIteration
        return self.v


class PlainAnext:
    def __init__(self):
        self.i = 0

    def __aiter__(self):
        return self

    def __anext__(self):
        self.i += 1
        return AwaitableValue(self.i)


async def plain():
    return [v async for v in PlainAnext()]


print(run(plain()))


# an async context manager implemented with contextlib
import contextlib


@contextlib.asynccontextmanager
async def managed(tag):
    print("setup", tag)
    try:
        yield tag * 2
    finally:
        print("teardown", tag)


async def use_managed():
    async with managed("m") as v:
        print("inside", v)
    try:
        async with managed("n") as v:
            raise RuntimeError("inner")
    except RuntimeError as e:
        print("caught", e)
    return "managed done"


print(run(use_managed()))


# exception inside async for body with a finally in the generator
async def agen():
    try:
        for i in range(10):
            yield i
    finally:
        print("agen finally")


async def body_raises():
    g = agen()
    try:
        async for v in g:
            if v == 2:
                raise IndexError("stop at 2")
    except IndexError as e:
        print("caught", e)
    await g.aclose()
    return "closed"


print(run(body_raises()))
