# contextlib: contextmanager (exceptions into the generator, suppression by not re-raising),
# suppress, ExitStack (callbacks in LIFO order, enter_context, pop_all, exception propagation),
# closing, nullcontext, redirect_stdout, AbstractContextManager, chdir-free cases.
import contextlib, io
from contextlib import contextmanager, suppress, ExitStack, closing, nullcontext, redirect_stdout
@contextmanager
def tag(name):
    print('<' + name + '>')
    try:
        yield name.upper()
    except KeyError as e:
        print('handled', e)
    finally:
        print('</' + name + '>')
with tag('a') as t: print('body', t)
with tag('b'): raise KeyError('k')
try:
    with tag('c'): raise ValueError('v')
except ValueError as e: print('propagated', e)
with suppress(ZeroDivisionError, KeyError): 1 / 0
print('after suppress')
try:
    with suppress(KeyError): [][1]
except IndexError as e: print('not suppressed', e)
with ExitStack() as st:
    for i in range(3): st.callback(print, 'callback', i)
    st.enter_context(tag('inner'))
    print('in stack')
def closer():
    with ExitStack() as st:
        st.callback(print, 'cleanup')
        st2 = st.pop_all()
    print('popped, nothing ran')
    st2.close()
closer()
try:
    with ExitStack() as st:
        st.callback(lambda: print('cb ran'))
        raise RuntimeError('boom')
except RuntimeError as e: print('caught', e)
class Res:
    def close(self): print('closed')
with closing(Res()): print('using')
with nullcontext(5) as v: print('null', v)
buf = io.StringIO()
with redirect_stdout(buf): print('captured')
print(repr(buf.getvalue()))
class CM(contextlib.AbstractContextManager):
    def __exit__(self, *a): print('exit', a[0]); return True
with CM() as c: raise TypeError
print(type(c).__name__)
@contextmanager
def bad():
    yield 1
    yield 2
try:
    with bad(): pass
except RuntimeError as e: print(e)
@contextmanager
def noyield():
    if False: yield
try:
    with noyield(): pass
except RuntimeError as e: print(e)
@tag('deco')
def decorated(): print('decorated body')
decorated()
with ExitStack() as st:
    st.push(lambda *exc: print('push exit', exc[0]) or True)
    raise ValueError('swallowed')
print('end')
