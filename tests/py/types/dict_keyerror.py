# KeyError: str(), repr() and args for various key types.
d = {"a": 1}
for key in ["x", "", "it's", 'q"', 42, 1.5, (1, 2), (), None, True, b"b", frozenset(), "\n"]:
    try:
        d[key]
    except KeyError as e:
        print(repr(e), "|", str(e), "|", e.args)
try:
    del d["nope"]
except KeyError as e:
    print("del:", repr(e))
try:
    d.pop("gone")
except KeyError as e:
    print("pop:", repr(e))
try:
    {}.popitem()
except KeyError as e:
    print("popitem:", repr(e), str(e))
try:
    set().pop()
except KeyError as e:
    print("set pop:", repr(e), str(e))
try:
    {1, 2}.remove(3)
except KeyError as e:
    print("set remove:", repr(e), str(e))
e = KeyError("a", "b")
print(repr(e), str(e))
e0 = KeyError()
print(repr(e0), repr(str(e0)))
print(isinstance(KeyError("x"), LookupError), KeyError.__mro__[1].__name__)
class Missing(dict):
    def __missing__(self, key):
        return "missing:" + repr(key)
m = Missing(a=1)
print(m["a"], m["b"], m[(1,)], len(m))
try:
    raise KeyError(("tuple", "key"))
except KeyError as err:
    print(repr(err), str(err), err.args[0])
nested = {"outer": {"inner": 1}}
try:
    nested["outer"]["missing"]
except KeyError as err:
    print("nested:", err)
