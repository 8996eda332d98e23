# warnings: catch_warnings(record=True) with simplefilter actions, filterwarnings by message
# and category, warn with stacklevel, custom Warning subclasses, formatwarning, and
# turning warnings into errors.
import warnings
class AppWarning(UserWarning):
    pass
def old_api():
    warnings.warn('old_api is deprecated', DeprecationWarning, stacklevel=2)
    return 1
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    old_api()
    warnings.warn('custom', AppWarning)
    warnings.warn('plain')
    print([(type(x.message).__name__, str(x.message), x.category.__name__, x.lineno > 0) for x in w])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('ignore')
    warnings.filterwarnings('always', message='keep.*')
    warnings.warn('drop me')
    warnings.warn('keep me')
    warnings.warn('keep this too', RuntimeWarning)
    print([str(x.message) for x in w])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('once')
    for _ in range(3):
        warnings.warn('repeated')
    warnings.warn('other')
    print(len(w), [str(x.message) for x in w])
with warnings.catch_warnings():
    warnings.simplefilter('error', AppWarning)
    try:
        warnings.warn('now an error', AppWarning)
    except AppWarning as e:
        print('raised', type(e).__name__, e)
    warnings.simplefilter('error')
    try:
        old_api()
    except DeprecationWarning as e:
        print('raised', e)
print(warnings.formatwarning('msg', UserWarning, 'file.py', 12, 'line of code').strip())
print(issubclass(DeprecationWarning, Warning), issubclass(AppWarning, UserWarning), [c.__name__ for c in (FutureWarning, PendingDeprecationWarning, SyntaxWarning, ResourceWarning, BytesWarning, UnicodeWarning, ImportWarning, EncodingWarning)])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('default')
    warnings.warn_explicit('explicit', UserWarning, 'mod.py', 7)
    print([(str(x.message), x.filename, x.lineno) for x in w])
