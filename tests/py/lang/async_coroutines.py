# Coroutines driven by hand with send/throw/close: await chains, __await__, cr_* attributes.
import types


async def add(a, b):
    return a + b


async def main():
    x = await add(1, 2)
    print("x", x)
    return x * 10


def run(coro):
    """Drive a coroutine to completion, printing what it yields."""
    value = None
    while True:
        try:
            y = coro.send(value)
        except StopIteration as e:
            return e.value
        print("yielded", y)
        value = y if isinstance(y, int) else None


c = main()
print(type(c).__name__, repr(c).startswith("<coroutine object main at 0x"))
print(c.cr_running, c.cr_await, c.cr_code.co_name, c.cr_frame is not None, c.cr_suspended)
print(c.__name__, c.__qualname__)
print(run(c))
print(c.cr_frame, c.cr_await)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    c.throw(ValueError)
except RuntimeError as e:
    print("RuntimeError", e)
print(c.close())


class Awaitable:
    def __init__(self, n):
        self.n = n

    def __await__(self):
        total = 0
        for i in range(self.n):
            total += (yield ("step", i)) or 0
        return total


async def use_awaitable():
    r = await Awaitable(3)
    print("sum", r)
    return r


print(run(use_awaitable()))

c = use_awaitable()
print(c.send(None))
print(type(c.cr_await).__name__, c.cr_suspended)
print(c.send(5))
try:
    c.throw(KeyError("k"))
except KeyError as e:
    print("KeyError", e)


# throw is delivered at the await
async def catcher():
    try:
        await Awaitable(2)
    except ValueError as e:
        print("caught", repr(e))
        return "recovered"


c = catcher()
c.send(None)
try:
    c.throw(ValueError("boom"))
except StopIteration as e:
    print("stop", e.value)


# close runs finally blocks
async def closer():
    try:
        await Awaitable(5)
    finally:
        print("finally ran")


c = closer()
c.send(None)
c.close()
print("closed", c.cr_frame)


async def ignores():
    try:
        await Awaitable(5)
    except GeneratorExit:
        await Awaitable(1)


c = ignores()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print("RuntimeError", e)


# __await__ of a coroutine returns a coroutine_wrapper iterator
async def seven():
    return 7


w = seven().__await__()
print(type(w).__name__, iter(w) is w)
try:
    next(w)
except StopIteration as e:
    print("wrapper stop", e.value)


def gen_delegating():
    r = yield from seven().__await__()
    return r


g = gen_delegating()
try:
    next(g)
except StopIteration as e:
    print("yield from wrapper", e.value)


# types.coroutine: a generator that can be awaited
@types.coroutine
def tick(label):
    got = yield label
    return got


async def uses_tick():
    a = await tick("a")
    b = await tick("b")
    return a + b


c = uses_tick()
print(c.send(None))
print(c.send("x"))
try:
    c.send("y")
except StopIteration as e:
    print(e.value)
print(bool(tick.__code__.co_flags & 0x100))


# nested awaits, exceptions crossing frames
async def inner(n):
    if n == 0:
        raise ZeroDivisionError("bottom")
    return await inner(n - 1)


async def outer():
    try:
        await inner(3)
    except ZeroDivisionError as e:
        return "caught " + str(e)


print(run(outer()))

# a coroutine awaiting a coroutine that yields through a types.coroutine
async def chain(n):
    s = 0
    for i in range(n):
        s += await tick(i)
    return s


print(run(chain(4)))

# send non-None to a just-started coroutine
c = add(1, 2)
try:
    c.send(1)
except TypeError as e:
    print("TypeError", e)
c.close()

# iteration is not allowed
c = add(1, 2)
try:
    iter(c)
except TypeError as e:
    print("TypeError", e)
c.close()

# a coroutine object returned by the function type check
c = add(1, 2)
print(bool(add.__code__.co_flags & 0x80), isinstance(c, types.CoroutineType), hasattr(Awaitable(1), "__await__"))
c.close()
