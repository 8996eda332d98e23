# exceptions: add_note and __notes__ (printed by traceback), ExceptionGroup split/subgroup with
# predicates, derive for subclasses, nested groups, except* with handlers raising, chaining.
import traceback
try:
    try:
        raise ValueError('bad value')
    except ValueError as e:
        e.add_note('while parsing line 3')
        e.add_note('hint: check the format')
        raise
except ValueError as e:
    print(e.__notes__, str(e))
    print(''.join(traceback.format_exception_only(type(e), e)), end='')
try:
    ValueError().add_note(42)
except TypeError as e:
    print('TypeError', e)
eg = ExceptionGroup('many', [ValueError(1), TypeError(2), ExceptionGroup('inner', [ValueError(3), KeyError(4)])])
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError) or isinstance(e, ExceptionGroup) and e.message == 'zzz')))
print(repr(eg.subgroup(lambda e: isinstance(e, (TypeError, KeyError)))), eg.subgroup(OSError))
print(eg.split(lambda e: True)[1], eg.split(BaseException)[0] is eg, len(eg.exceptions), eg.message, str(eg))
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + '*', excs)
meg = MyEG('mine', [ValueError('a'), TypeError('b')])
m2, r2 = meg.split(TypeError)
print(type(m2).__name__, m2.message, repr(r2))
meg.add_note('group note')
m3, _ = meg.split(ValueError)
print(getattr(m3, '__notes__', None), m3.__traceback__ is meg.__traceback__)
def handler():
    try:
        raise ExceptionGroup('batch', [ValueError('v1'), ValueError('v2'), TypeError('t'), OSError('o')])
    except* ValueError as g:
        print('values:', [str(e) for e in g.exceptions])
    except* TypeError as g:
        print('types:', repr(g))
        raise KeyError('from handler')
try:
    handler()
except ExceptionGroup as e:
    print('escaped:', repr(e), [type(x).__name__ for x in e.exceptions])
try:
    try:
        raise ValueError('plain')
    except* ValueError as g:
        print('plain wrapped:', repr(g))
        raise
except ExceptionGroup as e:
    print('reraised', repr(e))
except ValueError as e:
    print('reraised bare', repr(e))
bg = BaseExceptionGroup('b', [KeyboardInterrupt(), ValueError()])
print(type(bg).__name__, type(BaseExceptionGroup('b', [ValueError()])).__name__)
try:
    ExceptionGroup('x', [KeyboardInterrupt()])
except TypeError as e:
    print('TypeError', e)
try:
    ExceptionGroup('x', [])
except ValueError as e:
    print('ValueError', e)
try:
    raise RuntimeError('outer') from KeyError('cause')
except RuntimeError as e:
    print(repr(e.__cause__), e.__suppress_context__)
    lines = traceback.format_exception(e)
    print([l.splitlines()[0] for l in lines if not l.startswith(' ')])
e1 = ValueError('x')
e1.__cause__ = None
print(e1.__suppress_context__)
def tb_depth(e):
    n, tb = 0, e.__traceback__
    while tb:
        n, tb = n + 1, tb.tb_next
    return n
def lvl3(): raise IndexError('deep')
def lvl2(): lvl3()
def lvl1(): lvl2()
try:
    lvl1()
except IndexError as e:
    print(tb_depth(e), [f.name for f in traceback.extract_tb(e.__traceback__)])
