# atexit callbacks run after the traceback of an uncaught exception is printed; the exit
# code stays 1 and a failing callback's report ends the error output.
import atexit

def first(): print('first registered, runs last')
def fails(): raise ValueError('from callback')
atexit.register(first)
atexit.register(fails)
atexit.register(print, 'print as a callback', 42, sep='|')
print('main ends with KeyError')
{}['missing']
