e = UnicodeTranslateError('ab\xe9', 2, 3, 'bad')
print(str(e), e.encoding, e.object, e.start)
e = UnicodeEncodeError('ascii', 'ab\u20ac\u20ac', 2, 4, 'nope')
print(str(e), e.args)
try: UnicodeDecodeError('x')
except TypeError as e: print(e)
try: b'\xff'.decode('utf-8')
except UnicodeDecodeError as e: print(e.start, e.end, e.reason, e.object)
import io
b = io.BytesIO(b'hello')
print(bytes(b.getbuffer()))
import pickle, copy
class C:
    def __init__(s): s.x = [1, {'a': (2, 3.5)}]; s.y = 'str'
    def __eq__(s, o): return s.__dict__ == o.__dict__
# The corpus runner may not run this file as sys.modules['__main__']: give C a real module.
import sys
class _mod: pass
sys.modules['pickle_helpers'] = _mod
C.__module__ = 'pickle_helpers'; C.__qualname__ = 'C'; _mod.C = C
for proto in range(0, 6):
    data = [1, 2.5, 'x', b'y', None, True, (1, 2), {3: 4}, {5}, frozenset([6]), 10**30, C(), complex(1, 2), bytearray(b'q')]
    r = pickle.loads(pickle.dumps(data, protocol=proto))
    print(proto, r == data)
c = C(); d = copy.deepcopy(c); print(d == c, d.x is not c.x, copy.copy(c).x is c.x)
