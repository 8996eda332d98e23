# atexit: registration errors, unregister, _run_exitfuncs, and callbacks run at exit in LIFO
# order after SystemExit, an exception in one reported without changing the exit code.
import atexit, sys


def show(*a, **k): print('show', a, sorted(k.items()))
def bad(): 1 / 0
def leave(): sys.exit(3)
def again(): print('never: unregistered')

for args in [(), (1,), ('x', 2)]:
    try:
        atexit.register(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    atexit.unregister()
except TypeError as e:
    print(type(e).__name__, e)
try:
    atexit.unregister(1, 2)
except TypeError as e:
    print(type(e).__name__, e)

print(atexit.register(show, 'now', k=1) is show)
atexit._run_exitfuncs()
print('after run', atexit._ncallbacks())
atexit.register(again); atexit.register(again)
print('registered', atexit._ncallbacks())
atexit.unregister(again)
print('unregistered (slots kept)', atexit._ncallbacks())
atexit._clear()
print('cleared', atexit._ncallbacks())

atexit.register(show, 1, x=2)
atexit.register(bad)
atexit.register(leave)
atexit.register(show, 'last')
print('end of main')
raise SystemExit(5)
