# CPython 3.11's messages for misuse of await, async with and async for.
import types


def run(coro):
    value = None
    while True:
        try:
            y = coro.send(value)
        except StopIteration as e:
            return e.value


def attempt(label, coro_fn):
    try:
        print(label, "->", run(coro_fn()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


async def await_int():
    await 5


async def await_none():
    await None


class BadAwait1:
    def __await__(self):
        return 5


class BadAwait2:
    def __await__(self):
        async def c():
            pass
        return c()


class BadAwait3:
    __await__ = None


async def await_bad1():
    await BadAwait1()


async def await_bad2():
    await BadAwait2()


attempt("await int", await_int)
attempt("await None", await_none)
attempt("__await__ returns int", await_bad1)
attempt("__await__ returns coroutine", await_bad2)


def plain_gen():
    yield 1


async def await_generator():
    await plain_gen()


attempt("await generator", await_generator)


# awaiting a coroutine twice
async def child():
    await types.coroutine(lambda: (yield))()
    return 1


async def reuse():
    c = child()
    await c
    await c


attempt("reuse", reuse)


async def double_await():
    c = child()
    c.send(None)
    await c


attempt("being awaited", double_await)


# a plain generator cannot `yield from` a coroutine
async def coro():
    return 1


def gen_from_coro():
    c = coro()
    try:
        yield from c
    finally:
        c.close()


try:
    list(gen_from_coro())
except TypeError as e:
    print("TypeError", e)


# async with errors
class NoAenter:
    pass


class NoAexit:
    async def __aenter__(self):
        return self


class SyncEnter:
    def __aenter__(self):
        return 1

    def __aexit__(self, *a):
        return 2


class SyncExit:
    async def __aenter__(self):
        return self

    def __aexit__(self, *a):
        return None


async def w1():
    async with NoAenter():
        pass


async def w2():
    async with NoAexit():
        pass


async def w3():
    async with SyncEnter():
        pass


async def w4():
    async with SyncExit():
        pass


async def w5():
    async with SyncExit():
        raise ValueError


async def w6():
    with CMsync():
        pass


attempt("no __aenter__", w1)
attempt("no __aexit__", w2)
attempt("__aenter__ not awaitable", w3)
attempt("__aexit__ not awaitable", w4)
attempt("__aexit__ not awaitable (exc)", w5)


# async for errors
class NoAnext:
    def __aiter__(self):
        return 5


class BadAnext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 5


async def f1():
    async for x in 5:
        pass


async def f2():
    async for x in NoAnext():
        pass


async def f3():
    async for x in BadAnext():
        pass


async def f4():
    async for x in [1, 2]:
        pass


attempt("async for int", f1)
attempt("__aiter__ returns int", f2)
attempt("__anext__ returns int", f3)
attempt("async for list", f4)


async def f5():
    try:
        async for x in BadAnext():
            pass
    except TypeError as e:
        return repr(e.__cause__)


attempt("cause", f5)

# a coroutine that is running cannot be re-entered
async def reenter():
    me.send(None)


me = reenter()
try:
    me.send(None)
except ValueError as e:
    print("ValueError", e)


# yield inside async def makes an async generator; await in it is fine
async def agen():
    await types.coroutine(lambda: (yield "x"))()
    yield 1


print(type(agen()).__name__)


# uncaught error from a coroutine: traceback's last line
async def fails():
    async for x in 3:
        pass


run(fails())
