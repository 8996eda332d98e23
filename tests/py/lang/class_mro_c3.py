# Multiple inheritance and C3 method resolution order
def mro(c):
    return [k.__name__ for k in c.__mro__]

class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
for cls in (A, K1, K2, K3, Z):
    print(cls.__name__, mro(cls))

class Base:
    def who(self):
        return "Base"
class Left(Base):
    def who(self):
        return "Left"
class Right(Base):
    def who(self):
        return "Right"
    def only_right(self):
        return "only right"
class Diamond(Left, Right):
    pass
class Diamond2(Right, Left):
    pass
print(mro(Diamond), Diamond().who(), Diamond().only_right())
print(mro(Diamond2), Diamond2().who())

try:
    class Bad(A, K1):
        pass
except TypeError as e:
    print("TypeError:", e)

class X: pass
class Y: pass
try:
    class Dup(X, X):
        pass
except TypeError as e:
    print("TypeError:", e)

class M1:
    attr = "M1"
class M2:
    attr = "M2"
    other = "M2 other"
class Mix(M1, M2):
    pass
print(Mix.attr, Mix.other, mro(Mix))
print(mro(bool), mro(int))
print([b.__name__ for b in Z.__bases__])
print(Z.mro() == list(Z.__mro__))
