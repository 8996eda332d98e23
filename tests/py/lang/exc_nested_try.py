# Nested try blocks and propagation
def level3(kind):
    try:
        if kind == "value":
            raise ValueError("deep value")
        if kind == "key":
            raise KeyError("deep key")
        if kind == "type":
            raise TypeError("deep type")
        return "no error"
    except KeyError as e:
        print("  level3 handled", repr(e))
        return "handled at 3"
    finally:
        print("  level3 finally")

def level2(kind):
    try:
        return level3(kind)
    except ValueError as e:
        print("  level2 handled", e)
        return "handled at 2"
    finally:
        print("  level2 finally")

def level1(kind):
    try:
        return level2(kind)
    except Exception as e:
        print("  level1 handled", type(e).__name__, e)
        return "handled at 1"

for k in ("none", "key", "value", "type"):
    print(k, "->", level1(k))

try:
    try:
        raise ValueError("inner")
    except TypeError:
        print("wrong handler")
    print("not reached")
except ValueError as e:
    print("outer got", e)

try:
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise KeyError("second")
        except KeyError as e2:
            print("innermost handled", repr(e2))
        print("back in first handler")
except Exception:
    print("not reached")

def handler_raises():
    try:
        raise ValueError("a")
    except ValueError:
        raise TypeError("b")
try:
    handler_raises()
except TypeError as e:
    print("got", repr(e), "context:", repr(e.__context__))
x = 0
try:
    try:
        x = 1
    finally:
        x += 10
finally:
    x += 100
print(x)
