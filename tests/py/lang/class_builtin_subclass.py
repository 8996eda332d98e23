# Subclassing builtin types: list, dict, int, str
class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1] if self else None

s = Stack([1, 2])
s.push(3).push(4)
print(s, len(s), s.peek(), s.pop(), s, type(s).__name__, isinstance(s, list))
print(s + [9], type(s + [9]).__name__, s[1:], type(s[1:]).__name__)

class DefaultDict(dict):
    def __init__(self, factory, *args):
        super().__init__(*args)
        self.factory = factory
    def __missing__(self, key):
        print("missing", key)
        v = self[key] = self.factory()
        return v
dd = DefaultDict(list)
dd["a"].append(1)
dd["a"].append(2)
dd["b"].append(3)
print(dd, len(dd), dd.get("zz"), "zz" in dd)

class Celsius(float):
    def __repr__(self):
        return f"{float(self):.1f}C"
c = Celsius(21.456)
print(repr(c), c + 1, type(c + 1).__name__, c * 2)

class Bits(int):
    def __str__(self):
        return bin(self)
b = Bits(10)
print(str(b), b + 1, repr(b), b == 10, hash(b) == hash(10), f"{b}")

class Name(str):
    def greet(self):
        return "Hello, " + self
n = Name("ann")
print(n.greet(), n.upper(), type(n.upper()).__name__, n == "ann", len(n))

class CountingList(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.appends = 0
    def append(self, x):
        self.appends += 1
        super().append(x)
cl = CountingList("ab")
cl.append("c")
cl.extend("de")
print(cl, cl.appends)
class LoudDict(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)
ld = LoudDict(x=1)
ld["y"] = 2
ld.update(z=3)
print(ld)
class MyExc(ValueError):
    pass
print(issubclass(MyExc, ValueError), MyExc("m").args)
print([k.__name__ for k in type(cl).__mro__], Stack.__bases__[0].__name__)
