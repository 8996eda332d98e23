# Default arguments, evaluation time, mutable default sharing
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(greeting="Yo", name="Di"))

def append_to(x, lst=[]):
    lst.append(x)
    return lst
a = append_to(1)
b = append_to(2)
print(a, b, a is b)
print(append_to(3, []))
print(append_to(4))
print(append_to.__defaults__)

def safe_append(x, lst=None):
    if lst is None:
        lst = []
    lst.append(x)
    return lst
print(safe_append(1), safe_append(2))

counter = 10
def snapshot(v=counter):
    return v
counter = 20
print(snapshot(), counter)

def counting(d={}):
    d["n"] = d.get("n", 0) + 1
    return d["n"]
print(counting(), counting(), counting({}), counting())

def f(a, b=2, *args, c=3, d, **kw):
    return (a, b, args, c, d, kw)
print(f(1, d=4))
print(f(1, 5, 6, 7, d=8, e=9))
print(f.__defaults__, f.__kwdefaults__)
def g(x, y=[]):
    y = y + [x]
    return y
print(g(1), g(2))
def h(n, cache={0: 0, 1: 1}):
    if n not in cache:
        cache[n] = h(n - 1) + h(n - 2)
    return cache[n]
print(h(30), len(h.__defaults__[0]))
