# with statement using class-based context managers
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return False

with Resource("a") as r:
    print("inside with, r =", r)
print("after with")

with Resource("b"):
    print("no as clause")

try:
    with Resource("c") as r:
        print("about to fail")
        raise ValueError("inside")
        print("not reached")
except ValueError as e:
    print("propagated:", e)

with Resource("outer") as o, Resource("inner") as i:
    print("both:", o, i)

def early_return():
    with Resource("ret"):
        return "returned from with"
print(early_return())

for n in range(3):
    with Resource(f"loop{n}"):
        if n == 1:
            continue
        if n == 2:
            break
        print("body", n)

class Tracks:
    def __init__(self):
        self.log = []
    def __enter__(self):
        self.log.append("enter")
        return self
    def __exit__(self, *args):
        self.log.append(("exit", args[0] is None, len(args)))
with Tracks() as t:
    t.log.append("body")
print(t.log)
class EnterFails:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("exit should not run")
try:
    with EnterFails():
        print("not reached")
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    with 5:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
