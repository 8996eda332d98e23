# traceback module: format_exc, extract_tb/format_list, chained exceptions formatting,
# TracebackException, exception groups, extract_stack, walk_tb and RecursionError.
import sys, traceback, io
def a(): b()
def b(): c()
def c(): raise ValueError('deep problem')
try:
    a()
except ValueError:
    s = traceback.format_exc()
    print([l for l in s.splitlines() if not set(l.strip()) <= set('^~')])
    et, ev, tb = sys.exc_info()
    print(et.__name__, ev, [f.name for f in traceback.extract_tb(tb)], [f.lineno for f in traceback.extract_tb(tb)])
    st = traceback.extract_tb(tb)
    print(traceback.format_list(st)[-1].splitlines()[0].strip())
def chain():
    try:
        {}['missing']
    except KeyError as e:
        raise RuntimeError('wrapped') from e
try:
    chain()
except RuntimeError as e:
    lines = traceback.format_exception(e)
    print([l.splitlines()[0] for l in lines if not l.startswith(' ')])
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type.__name__, str(te), te.__cause__.exc_type.__name__, list(te.format_exception_only()))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        int('x')
except ValueError as e:
    print([l.strip() for l in traceback.format_exception(e) if 'During handling' in l or l.startswith(('ZeroDivisionError', 'ValueError'))])
print(traceback.format_exception_only(KeyError, KeyError('k')), traceback.format_exception_only(SyntaxError, SyntaxError('bad', ('f.py', 3, 5, 'x = (1,\n', 3, 7))))
buf = io.StringIO()
try:
    raise ExceptionGroup('grp', [ValueError('one'), TypeError('two')])
except ExceptionGroup as e:
    traceback.print_exception(e, file=buf)
print([l for l in buf.getvalue().splitlines() if 'Error' in l or 'grp' in l])
fs = traceback.extract_stack()
print(type(fs).__name__, fs[-1].name, fs[-1].line)
def recurse(n):
    return recurse(n + 1) if n < 10000 else n
try:
    recurse(0)
except RecursionError as e:
    print('RecursionError', str(e)[:40])
w = traceback.walk_tb
try:
    a()
except ValueError as e:
    print([f.f_code.co_name for f, _ in traceback.walk_tb(e.__traceback__)])
    print(e.__traceback__.tb_frame.f_code.co_name, e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno > 0)
sys.stderr.write('')
