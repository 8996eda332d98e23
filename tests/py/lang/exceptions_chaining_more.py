# Exception chaining and attributes: raise from None, explicit __cause__, implicit __context__
# through nested handlers, with_traceback identity, args/str/repr of builtin exceptions with
# several args, KeyError str quoting, OSError errno mapping, custom __str__, exception groups.
def chain():
    try:
        try: {}['k']
        except KeyError as e: raise ValueError('mid') from e
    except ValueError as e:
        raise RuntimeError('top') from None
try: chain()
except RuntimeError as e: print(repr(e), e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
for exc in [KeyError('k'), KeyError('a', 'b'), KeyError(), ValueError(1, 2), IndexError(), OSError(2, 'No such file'), OSError(2, 'msg', 'fname'),
            UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'bad'), StopIteration(5), SystemExit(3), AttributeError('x', name='n', obj=1)]:
    print(type(exc).__name__, repr(str(exc)), repr(exc), exc.args)
print(type(OSError(2, 'x')).__name__, type(OSError(13, 'x')).__name__, type(OSError(17, 'x')).__name__, OSError(2, 'x').errno, OSError(2, 'x').strerror)
class MyErr(Exception):
    def __init__(self, code): super().__init__(code); self.code = code
    def __str__(self): return f'code={self.code}'
try: raise MyErr(42)
except MyErr as e: print(e, repr(e), e.args, e.code, isinstance(e, Exception))
e = ValueError('tb')
print(e.with_traceback(None) is e, e.__traceback__, StopIteration(5).value, SystemExit(3).code, BaseException('x', 'y').args)
try:
    try: raise TypeError('first')
    finally: print('cleanup')
except TypeError as t: print('after finally', t)
def gen_err():
    yield 1
    raise ValueError('from gen')
try: list(gen_err())
except ValueError as v: print(v)
print(issubclass(KeyError, LookupError), issubclass(FileNotFoundError, OSError), issubclass(ZeroDivisionError, ArithmeticError), IOError is OSError, EnvironmentError is OSError)
