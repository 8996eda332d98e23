# __context__ is set where an exception is raised, not while it propagates: gen.throw()
# does not chain, `raise e` re-chains an exception raised before, bare raise keeps it.
def g():
    yield 1
def h():
    try:
        yield 1
    except KeyError:
        raise
def show(label, e):
    print(label, repr(e), repr(e.__context__), repr(e.__cause__), e.__suppress_context__)
try:
    raise ValueError('body')
except ValueError:
    for gen, start in [(g(), False), (g(), True), (h(), True)]:
        if start:
            next(gen)
        try:
            gen.throw(KeyError('k'))
        except KeyError as e:
            show('throw', e)
    try:
        (_ for _ in ()).throw(RuntimeError('x'))
    except RuntimeError as e:
        show('genexp', e)
    def inner():
        try:
            yield
        except KeyError:
            raise TypeError('t')
    gen = inner(); next(gen)
    try:
        gen.throw(KeyError('k2'))
    except TypeError as e:
        show('converted', e)
        show('inner', e.__context__)
saved = KeyError('saved')
try:
    raise ValueError('first')
except ValueError:
    try:
        raise saved
    except KeyError as e:
        show('one', e)
try:
    raise TypeError('second')
except TypeError:
    try:
        raise saved
    except KeyError as e:
        show('two', e)
try:
    raise saved
except KeyError as e:
    show('three', e)
def reraiser():
    try:
        raise LookupError('inner')
    except LookupError:
        raise
try:
    raise OSError('outer')
except OSError:
    try:
        reraiser()
    except LookupError as e:
        show('reraise', e)
def deep(n):
    if n == 0:
        raise IndexError('deep')
    deep(n - 1)
try:
    raise AttributeError('handled')
except AttributeError:
    try:
        deep(3)
    except IndexError as e:
        show('deep', e)
import contextlib
log = []
try:
    with contextlib.ExitStack() as stack:
        stack.callback(lambda: log.append('cb ran'))
        stack.callback(lambda: (_ for _ in ()).throw(RuntimeError('from cb')))
        raise ValueError('body')
except RuntimeError as e:
    show('exitstack', e)
print(log)
