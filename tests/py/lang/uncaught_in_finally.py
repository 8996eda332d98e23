# Exception propagates through finally blocks which still run; then uncaught
def inner():
    try:
        print("inner try")
        raise RuntimeError("fatal failure in inner")
    finally:
        print("inner finally")

def middle():
    try:
        inner()
    except KeyError:
        print("not a KeyError")
    finally:
        print("middle finally")

def outer():
    try:
        middle()
    finally:
        print("outer finally")

class CM:
    def __enter__(self):
        print("cm enter")
    def __exit__(self, et, ev, tb):
        print("cm exit with", et.__name__, ev)
        return False

print("start")
with CM():
    outer()
print("unreachable")
for i in range(3):
    print(i)
z = 5
print(z)
