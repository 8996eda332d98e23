# AttributeError.name/.obj set by attribute lookup (also through __getattr__ and getattr()),
# NameError.name, and the name=/obj= keyword arguments of their constructors.
try: [].foo
except AttributeError as e: print(e, e.name, e.obj)
class G:
    def __getattr__(self, n):
        raise AttributeError('custom')
try: G().zzz
except AttributeError as e: print(e, e.name, type(e.obj).__name__)
try: undefined_x
except NameError as e: print(e, e.name)
e = AttributeError('m', name='n', obj=3); print(e.name, e.obj, e.args)
e = AttributeError('m'); print(e.name, e.obj)
print(NameError('q', name='w').name, NameError().name)
try: AttributeError(foo=1)
except TypeError as e: print(e)
import math
try: math.nope
except AttributeError as e: print(e, e.name, e.obj is math)
try: getattr(int, 'zz')
except AttributeError as e: print(e, e.name, e.obj)
print(getattr([], 'zz', 'default'), hasattr(1, 'zz'))
