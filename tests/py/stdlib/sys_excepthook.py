# sys.excepthook: the default hook, replacing it, and an uncaught exception handled by a custom hook.
import sys

print(sys.excepthook is sys.__excepthook__, callable(sys.excepthook), sys.excepthook.__name__)
print(type(sys.prefix).__name__, type(sys.base_prefix).__name__, type(sys.exec_prefix).__name__,
      type(sys.base_exec_prefix).__name__, sys.platlibdir)
print(sys.getrecursionlimit() > 0, sys.hash_info.modulus, sys.hash_info.inf, sys.float_info.mant_dig, sys.float_info.epsilon,
      sys.int_info.bits_per_digit)
try:
    sys.excepthook(1, 2)
except TypeError as e:
    print('TypeError', e)
try:
    sys.excepthook(1, 2, 3)
except TypeError as e:
    print('TypeError', e)

seen = []
def hook(tp, value, tb):
    seen.append(tp.__name__)
    while tb.tb_next:
        tb = tb.tb_next
    print('custom hook:', tp.__name__, value, tb.tb_lineno, tb.tb_frame.f_code.co_name)
    print('hook on stderr:', tp.__name__, file=sys.stderr)

sys.excepthook = hook
print(sys.excepthook is hook, sys.__excepthook__ is not hook)

def fail(n):
    if n == 0:
        raise ValueError('bad value %d' % n)
    fail(n - 1)

fail(3)
print('not reached')
