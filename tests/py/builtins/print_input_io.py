# print with sep/end/file/flush, sys.stdout.write return values, io.StringIO as file, print of
# objects with __str__/__repr__, nested containers repr, recursion-safe reprs.
import sys, io
print('a', 'b', sep='-', end='!\n')
print(*range(5), sep='')
print()
print('no newline', end='')
print(' continued')
print(1, 2, sep=None, end=None)
n = sys.stdout.write('written\n'); print(n)
buf = io.StringIO(); print('to buffer', 42, file=buf, sep=':'); print(repr(buf.getvalue()))
class S:
    def __str__(self): return 'S-str'
    def __repr__(self): return 'S-repr'
print(S(), [S()], (S(),), {'k': S()}, {S()} if False else '', str(S()), repr(S()), f'{S()}', '%s %r' % (S(), S()))
l = [1]; l.append(l); d = {}; d['self'] = d; print(l, d)
print([[], [[]], ({},)], (1,), (), [()], {1: (2,)}, frozenset({1}), repr('quote\'s'), repr("dq\"s"), repr('both\'"'))
try: print('x', sep=1)
except TypeError as e: print(e)
try: print('x', end=2)
except TypeError as e: print(e)
try: print('x', file=1)
except AttributeError as e: print(e)
print('flush', flush=True)
sys.stdout.write('%d items\n' % 3); sys.stdout.flush()
print(repr('\x00\t\n\r\x7f\x80\u00ff\u0100\uffff\U0001f600'), ascii('\u00ff\U0001f600'))
