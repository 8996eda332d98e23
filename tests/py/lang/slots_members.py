# __slots__ member descriptors: class access, __get__/__set__/__delete__, unset slots, private
# names, subclasses, and hot loops over slotted objects (the attribute caches).
class A:
    __slots__ = ('x', 'y', '__priv')
    def __init__(self): self.x = 1; self.__priv = 3
a = A()
print(A.x, type(A.__dict__['x']).__name__, A.x.__name__, A.x.__objclass__.__name__, A._A__priv)
try: a.y
except AttributeError as e: print(e)
a.y = 2; print(a.y, A.y.__get__(a, A), A.y.__get__(None, A) is A.y)
A.x.__set__(a, 5); print(a.x)
A.x.__delete__(a)
try: a.x
except AttributeError as e: print(e)
try: A.x.__get__(3, int)
except TypeError as e: print(e)
class B(A):
    pass
b = B(); b.z = 4; print(b.x, b.z)
class C:
    __slots__ = ('v',)
    def __init__(self, v): self.v = v
s = 0
for i in range(100000):
    c = C(i); c.v += 1; s += c.v
print(s)
