# The TypeError wording of 'del obj[key]' on objects without __delitem__: "doesn't" for an index
# on a type with sequence slots, "does not" otherwise (CPython's two code paths).
import types, array, collections
class U: pass
class G:
    def __getitem__(self, k): return k
for o in [(1,2), 'ab', types.MappingProxyType({}), range(3), frozenset(), b'x', 5, 1.5, None, U(), G(), len, types, int, memoryview(b'x')]:
    for k in [0, 'k', True]:
        try: del o[k]
        except TypeError as e: print(type(o).__name__, repr(k), e)
