# del of names, attributes, items, slices
x = 5
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
a, b, c = 1, 2, 3
del a, b
print(c, "a" in globals(), "b" in globals())
lst = list(range(10))
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[2:4]
print(lst)
del lst[::2]
print(lst)
del lst[:]
print(lst)
lst = list(range(10))
del lst[1], lst[1]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)
class O:
    pass
o = O()
o.p = 1
o.q = 2
del o.p
print(vars(o))
try:
    del o.p
except AttributeError as e:
    print("AttributeError:", e)
try:
    del lst[100]
except IndexError as e:
    print("IndexError:", e)
nested = {"k": [1, 2, {"inner": 3, "keep": 4}]}
del nested["k"][2]["inner"]
del nested["k"][0]
print(nested)
def local_del():
    v = 10
    del v
    try:
        return v
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(local_del())
(p, q) = (1, 2)
del (p, q)
print("p" in dir(), "q" in dir())
[r, s] = [3, 4]
del [r, s]
print("r" in dir())
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
for i in range(3):
    pass
del i
print("i" in dir())
