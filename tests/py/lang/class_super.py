# super(): zero-arg, two-arg, cooperative multiple inheritance
class Base:
    def __init__(self):
        print("Base.__init__")
        self.log = ["Base"]
    def greet(self):
        return "Base"
class A(Base):
    def __init__(self):
        print("A.__init__")
        super().__init__()
        self.log.append("A")
    def greet(self):
        return "A>" + super().greet()
class B(Base):
    def __init__(self):
        print("B.__init__")
        super().__init__()
        self.log.append("B")
    def greet(self):
        return "B>" + super().greet()
class C(A, B):
    def __init__(self):
        print("C.__init__")
        super().__init__()
        self.log.append("C")
    def greet(self):
        return "C>" + super().greet()
c = C()
print(c.log, c.greet())
print(super(A, c).greet(), super(B, c).greet(), super(C, c).greet())

class Parent:
    def value(self):
        return 1
    @classmethod
    def make(cls):
        return cls.__name__
class Child(Parent):
    def value(self):
        return super().value() + 10
    @classmethod
    def make(cls):
        return "child:" + super().make()
class Grand(Child):
    def value(self):
        return super(Child, self).value() + 100
print(Child().value(), Grand().value(), Child.make(), Grand.make())

class Kw:
    def __init__(self, **kw):
        self.extra = kw
class Named(Kw):
    def __init__(self, name, **kw):
        self.name = name
        super().__init__(**kw)
class Aged(Named):
    def __init__(self, age, **kw):
        self.age = age
        super().__init__(**kw)
p = Aged(age=3, name="x", color="red")
print(p.name, p.age, p.extra)
class S(str):
    def upper(self):
        return "S:" + super().upper()
print(S("abc").upper())
class L(list):
    def append(self, x):
        super().append(x * 2)
l = L([1])
l.append(5)
print(l, len(l))
def outside_use():
    class T(Parent):
        def value(self):
            fn = lambda: super(T, self).value()
            return fn() * 7
    return T().value()
print(outside_use())
