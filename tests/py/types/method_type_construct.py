# Regression: types.MethodType(function, instance) builds a bound method (ExitStack and mock use
# it), with CPython's argument errors.
import types
class A:
    def f(self, x=1): return ('f', type(self).__name__, x)
a = A()
m = types.MethodType(A.f, a)
print(m(), m(5), m.__self__ is a, m.__func__ is A.f, m == types.MethodType(A.f, a), type(m) is type(a.f))
bound_len = types.MethodType(len, [1, 2, 3]); print(bound_len())
def free(self, y): return (self, y)
print(types.MethodType(free, 'obj')('arg'), types.MethodType(free, 0)(1))
for args in [(), (1,), (len, None), (1, 2), (len, 1, 2)]:
    try:
        print(types.MethodType(*args))
    except TypeError as e:
        print('TypeError', e)
import contextlib
with contextlib.ExitStack() as st:
    class CM:
        def __enter__(self): print('enter'); return self
        def __exit__(self, *exc): print('exit', exc[0]); return False
    st.enter_context(CM())
    st.push(CM())
    print('body')
