# __bool__ and __len__ for truthiness
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool called", self.v)
        return self.v
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("len called", self.n)
        return self.n
class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 10
class Neither:
    pass

print(bool(B(True)), bool(B(False)))
print(bool(L(0)), bool(L(3)))
print(bool(Both()), len(Both()))
print(bool(Neither()))
if B(True):
    print("if uses __bool__")
if not L(0):
    print("not uses __len__")
print(B(False) or "fallback")
print(L(2) and "second")
x = B(True)
print("ternary", "yes" if x else "no")
while L(0):
    print("never")
print([bool(o) for o in (B(True), L(0))])
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class NegLen:
    def __len__(self):
        return -5
try:
    bool(NegLen())
except ValueError as e:
    print("ValueError:", e)
print(any([L(0), B(False)]), all([L(1), B(True)]))
print(not B(False))
class Sub(L):
    def __bool__(self):
        return True
print(bool(Sub(0)))
print(list(filter(None, [L(0), L(1)]))[0].n)
