# Regression: functions, bound methods and builtins have __call__ in their type (so
# collections.abc.Callable and typing checks accept them), and f.__call__(...) calls f.
import collections.abc as cabc
def f(x, y=2, *a, **k): return (x, y, a, k)
class C:
    def m(self, v): return v * 3
print(f.__call__(1), f.__call__(1, 5, 6, z=7), C().m.__call__(4), len.__call__('abc'), max.__call__(3, 9, key=lambda v: -v))
print([isinstance(o, cabc.Callable) for o in (f, C().m, len, print, [].append, str.upper, C, lambda: 0, 3, 'x')])
print('__call__' in type(f).__dict__, '__call__' in type(len).__dict__, '__call__' in type(C().m).__dict__, callable(f.__call__))
print(type(f).__call__(f, 10), type(len).__call__(len, [1, 2]), (lambda *a: a).__call__.__call__(1, 2))
