# try/except/else/finally control flow: return in finally overriding, break/continue inside
# finally in loops, exception replaced in finally, nested handlers and __context__ chains.
def f1():
    try: return 'try'
    finally: print('finally runs')
def f2():
    try: return 'try'
    finally: return 'finally'
def f3():
    for i in range(3):
        try:
            if i == 1: continue
            print('body', i)
        finally:
            print('fin', i)
    return 'done'
def f4():
    while True:
        try: raise ValueError('lost')
        finally: break
    return 'break swallowed'
def f5():
    try:
        try: raise KeyError('inner')
        finally: print('inner finally')
    except KeyError as e:
        return 'outer caught ' + str(e)
def f6():
    try:
        try: 1 / 0
        except ZeroDivisionError: raise ValueError('second')
    except ValueError as e:
        return type(e.__context__).__name__, e.__suppress_context__
def f7():
    try: pass
    except Exception: print('no')
    else: print('else ran')
    finally: print('finally after else')
def f8():
    try:
        raise TypeError('a')
    except TypeError:
        try: raise ValueError('b')
        except ValueError as e: return repr(e.__context__)
def f9():
    x = 0
    try:
        x = 1
        return x
    finally:
        x = 2
        print('x set to', x)
def f10():
    try: raise ValueError
    except (TypeError, ValueError) as e: return 'tuple match ' + type(e).__name__
print(f1(), f2(), f3(), f4(), f5(), f6()); f7(); print(f8(), f9(), f10())
def gen():
    try:
        yield 1
        yield 2
    finally:
        print('gen finally')
g = gen()
for v in g:
    print('got', v); break
print('after break')
g.close()
try:
    try: raise ValueError('v')
    finally: print('propagating')
except ValueError as e: print('caught', e)
e = None
try: raise KeyError
except KeyError as e: pass
try: print(e)
except NameError as err: print('NameError', err)
