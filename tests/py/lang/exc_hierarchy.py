# Catching via base classes of the exception hierarchy
def trigger(kind):
    if kind == "key":
        return {}["k"]
    if kind == "index":
        return [][0]
    if kind == "zero":
        return 1 // 0
    if kind == "overflow":
        return 2.0 ** 10000
    if kind == "value":
        return int("x")
    if kind == "type":
        return 1 + "a"
    if kind == "attr":
        return None.x
    if kind == "name":
        return undefined_thing
    if kind == "unbound":
        def f():
            y = y + 1
        return f()
    if kind == "recursion":
        raise RecursionError("fake")
    if kind == "notimpl":
        raise NotImplementedError
    if kind == "stop":
        return next(iter([]))

for kind in ["key", "index"]:
    try:
        trigger(kind)
    except LookupError as e:
        print(kind, "LookupError caught", type(e).__name__)
for kind in ["zero", "overflow"]:
    try:
        trigger(kind)
    except ArithmeticError as e:
        print(kind, "ArithmeticError caught", type(e).__name__, e)
for kind in ["unbound"]:
    try:
        trigger(kind)
    except NameError as e:
        print(kind, "NameError caught", type(e).__name__)
for kind in ["recursion", "notimpl"]:
    try:
        trigger(kind)
    except RuntimeError as e:
        print(kind, "RuntimeError caught", type(e).__name__)
for kind in ["key", "index", "zero", "value", "type", "attr", "name", "stop"]:
    try:
        trigger(kind)
    except Exception as e:
        print(kind, "Exception caught", type(e).__name__, "|", e)
for kind in ["value", "key"]:
    try:
        trigger(kind)
    except BaseException as e:
        print(kind, "BaseException caught", type(e).__name__)
try:
    try:
        trigger("key")
    except IndexError:
        print("wrong")
except KeyError:
    print("KeyError passes IndexError handler")
chain = []
c = KeyError
while c is not object:
    chain.append(c.__name__)
    c = c.__base__
print(" -> ".join(chain))
print([c.__name__ for c in UnicodeDecodeError.__mro__])
print(issubclass(UnboundLocalError, NameError), issubclass(RecursionError, RuntimeError))
print(issubclass(ModuleNotFoundError, ImportError), issubclass(FileNotFoundError, OSError))
print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))
print(issubclass(StopIteration, Exception), issubclass(Warning, Exception))
