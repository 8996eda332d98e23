# try/except/else/finally in all combinations, with and without exceptions
def run(label, raise_it):
    print("--", label, raise_it)
    try:
        print("  try body")
        if raise_it:
            raise ValueError(label)
        print("  try end")
    except ValueError as e:
        print("  except", e)
    else:
        print("  else")
    finally:
        print("  finally")
    print("  after")

run("full", False)
run("full", True)

def try_finally(raise_it):
    try:
        try:
            print("inner try")
            if raise_it:
                raise KeyError("k")
        finally:
            print("inner finally")
        print("after inner (no exception)")
    except KeyError as e:
        print("outer caught", repr(e))
try_finally(False)
try_finally(True)

def try_except_else(x):
    try:
        r = 10 / x
    except ZeroDivisionError:
        print("zero!")
    else:
        print("result", r)
try_except_else(2)
try_except_else(0)

def multiple_excepts(v):
    try:
        if v == 0:
            raise ValueError("v")
        if v == 1:
            raise TypeError("t")
        if v == 2:
            raise KeyError("k")
        if v == 3:
            return [][1]
        return "ok"
    except ValueError as e:
        return "ValueError " + str(e)
    except (TypeError, KeyError) as e:
        return "Type/Key " + type(e).__name__
    except Exception as e:
        return "generic " + type(e).__name__
for v in range(5):
    print(multiple_excepts(v))

def bare_except():
    try:
        raise OSError("x")
    except:
        return "bare except caught"
print(bare_except())
def else_raises():
    try:
        try:
            pass
        except ValueError:
            print("not here")
        else:
            raise ValueError("from else")
    except ValueError as e:
        print("caught from else:", e)
else_raises()
