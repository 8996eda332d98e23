# contextlib: ExitStack (callbacks, enter_context, pop_all, exception suppression order),
# suppress, contextmanager exceptions, closing, nullcontext, redirect_stdout,
# ContextDecorator, chdir-free; AsyncExitStack and asynccontextmanager driven manually.
import contextlib, io
from contextlib import ExitStack, suppress, contextmanager, closing, nullcontext, redirect_stdout, ContextDecorator, asynccontextmanager, AsyncExitStack
log = []
@contextmanager
def tag(name):
    log.append(f'<{name}>')
    try:
        yield name.upper()
    except KeyError as e:
        log.append(f'handled {e!r} in {name}')
    finally:
        log.append(f'</{name}>')
with ExitStack() as stack:
    vals = [stack.enter_context(tag(n)) for n in 'abc']
    stack.callback(log.append, 'callback')
    log.append(vals)
print(log); log.clear()
with tag('outer'):
    with tag('inner'):
        raise KeyError('k')
print(log); log.clear()
try:
    with tag('x'):
        raise ValueError('v')
except ValueError as e:
    log.append(f'outside {e}')
print(log); log.clear()
with ExitStack() as stack:
    stack.callback(log.append, 1)
    later = stack.pop_all()
log.append('after with')
later.close()
print(log); log.clear()
def suppressor(*exc):
    log.append(('exit', exc[0].__name__ if exc[0] else None))
    return True
try:
    with ExitStack() as stack:
        stack.push(suppressor)
        stack.callback(lambda: 1 / 0)
        raise ValueError('original')
except Exception as e:
    log.append(('escaped', type(e).__name__))
print(log); log.clear()
try:
    with ExitStack() as stack:
        stack.callback(lambda: log.append('cb ran'))
        stack.callback(lambda: (_ for _ in ()).throw(RuntimeError('from cb')))
        raise ValueError('body')
except RuntimeError as e:
    print('RuntimeError', e, 'context:', repr(e.__context__))
print(log); log.clear()
with suppress(ZeroDivisionError, KeyError):
    1 / 0
    print('not reached')
with suppress():
    pass
try:
    with suppress(KeyError):
        raise IndexError('not suppressed')
except IndexError as e:
    print('IndexError', e)
class Res:
    def close(self):
        print('closed')
with closing(Res()) as r:
    print('using', type(r).__name__)
with nullcontext(42) as v:
    print('null', v)
buf = io.StringIO()
with redirect_stdout(buf):
    print('captured line')
print(repr(buf.getvalue()))
class traced(ContextDecorator):
    def __enter__(self):
        log.append('enter')
        return self
    def __exit__(self, *exc):
        log.append('exit')
        return False
@traced()
def work(x):
    log.append(x)
    return x * 2
print(work(5), log); log.clear()
@contextmanager
def bad():
    yield 1
    yield 2
try:
    with bad():
        pass
except RuntimeError as e:
    print('RuntimeError', e)
@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print('RuntimeError', e)
@asynccontextmanager
async def acm(n):
    log.append(f'aenter {n}')
    yield n * 10
    log.append(f'aexit {n}')
async def main():
    async with acm(1) as a:
        log.append(a)
    async with AsyncExitStack() as st:
        b = await st.enter_async_context(acm(2))
        st.callback(log.append, 'sync cb')
        async def acb():
            log.append('async cb')
        st.push_async_callback(acb)
        log.append(b)
    return 'done'
coro = main()
try:
    coro.send(None)
except StopIteration as s:
    print(s.value, log)
