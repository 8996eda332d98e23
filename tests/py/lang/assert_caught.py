# assert statements: passing, failing with/without message
assert True
assert 1 == 1, "never shown"
try:
    assert False
except AssertionError as e:
    print("caught bare assert, args =", e.args, "str =", repr(str(e)))
try:
    assert 1 > 2, "one is not greater than two"
except AssertionError as e:
    print("caught:", e)
    print(e.args)
try:
    x = 3
    assert x % 2 == 0, f"x={x} is odd"
except AssertionError as e:
    print("message:", e)
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print(e.args[0])
def check(n):
    assert n >= 0, n
    return n * 2
for v in (1, -4, 2):
    try:
        print("check", check(v))
    except AssertionError as e:
        print("assert failed with", e.args)
calls = []
def msg():
    calls.append(1)
    return "lazy"
assert True, msg()
print("message evaluated only on failure:", calls)
try:
    assert 0, msg()
except AssertionError as e:
    print(e, calls)
print(issubclass(AssertionError, Exception))
