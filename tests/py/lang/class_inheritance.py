# Single inheritance, overriding, calling parent methods explicitly
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def kind(self):
        return "animal"
    def describe(self):
        return f"{self.name} is a {self.kind()}"

class Dog(Animal):
    sound = "woof"
    def kind(self):
        return "dog"

class Puppy(Dog):
    def __init__(self, name, age):
        Dog.__init__(self, name)
        self.age = age
    def speak(self):
        return Dog.speak(self) + " (squeaky)"
    def kind(self):
        return "puppy aged " + str(self.age)

class Cat(Animal):
    sound = "meow"

for a in [Animal("generic"), Dog("rex"), Puppy("bit", 1), Cat("tom")]:
    print(type(a).__name__, "|", a.speak(), "|", a.describe())
print(Puppy.__bases__[0].__name__, Dog.__bases__[0].__name__, Animal.__bases__[0].__name__)
print(isinstance(Puppy("p", 2), Animal), issubclass(Cat, Dog))
print([c.__name__ for c in Puppy.__mro__])

class Base:
    def template(self):
        return "[" + self.hook() + "]"
    def hook(self):
        return "base"
class Derived(Base):
    def hook(self):
        return "derived"
print(Base().template(), Derived().template())

class Shape:
    def area(self):
        raise NotImplementedError("subclass must implement area")
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
print(Sq(4).area())
try:
    Shape().area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
class Empty(Sq):
    pass
print(Empty(3).area(), Empty.__mro__[1].__name__)
print(Dog.sound, Puppy.sound, Cat.sound, Animal.sound)
print("speak" in Dog.__dict__, "kind" in Dog.__dict__, hasattr(Dog, "speak"))
