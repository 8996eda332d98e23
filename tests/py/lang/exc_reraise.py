# Re-raising exceptions with bare raise and raise e
def reraise_bare():
    try:
        raise ValueError("original")
    except ValueError:
        print("logging then re-raising")
        raise

try:
    reraise_bare()
except ValueError as e:
    print("caught re-raised:", e)

def reraise_named():
    try:
        int("xyz")
    except ValueError as e:
        err = e
    raise err
try:
    reraise_named()
except ValueError as e:
    print("caught stored:", e)

def reraise_after_handling_other():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise ValueError("inner")
        except ValueError:
            pass
        raise
try:
    reraise_after_handling_other()
except Exception as e:
    print("bare raise re-raises current:", type(e).__name__, e)

try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)

def conditional(n):
    try:
        return 10 // n
    except ZeroDivisionError:
        if n == 0:
            raise
        return -1
try:
    conditional(0)
except ZeroDivisionError as e:
    print("conditional reraise:", e)
print(conditional(5))
class Retry(Exception):
    pass
attempts = 0
def flaky():
    global attempts
    attempts += 1
    if attempts < 3:
        raise Retry(f"attempt {attempts}")
    return "success"
while True:
    try:
        print(flaky())
        break
    except Retry as e:
        print("retrying after", e)
e1 = ValueError("same object")
try:
    try:
        raise e1
    except ValueError as e:
        raise e
except ValueError as e2:
    print(e2 is e1)
