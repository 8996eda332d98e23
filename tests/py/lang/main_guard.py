# if __name__ == '__main__' guard and module-level names
print(__name__)
print(type(__builtins__).__name__ in ("module", "dict"))
print(__doc__)

def helper(x):
    return x * 2

VALUE = helper(21)

def main():
    print("main running, VALUE =", VALUE)
    local = [helper(i) for i in range(3)]
    print(local)
    return 0

if __name__ == "__main__":
    print("guard entered")
    rc = main()
    print("rc", rc)
else:
    print("imported, not run")

if __name__ != "__main__":
    print("never")
print("__main__" == __name__)
names = sorted(n for n in dir() if not n.startswith("__"))
print(names)
print("helper" in globals(), callable(globals()["helper"]))
def shadow_name():
    __name__ = "local shadow"
    return __name__
print(shadow_name(), __name__)
print(helper.__module__)
class K:
    pass
print(K.__module__)
