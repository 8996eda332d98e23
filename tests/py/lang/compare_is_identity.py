# is / is not on singletons and small ints
x = None
print(x is None, x is not None)
t = True
f = False
print(t is True, f is False, t is not False)
print((1 == 1) is True, (1 == 2) is False)
print(bool(5) is True, bool(0) is False, bool([]) is False)
print(not None is True if False else (not None) is True)
a = 5
b = 5
print(a is b)
c = 256
d = 256
print(c is d)
e = -5
g = -5
print(e is g)
s = ()
print(s == (), type(None).__name__)
lst = [1, 2]
lst2 = lst
lst3 = [1, 2]
print(lst is lst2, lst is lst3, lst == lst3, lst is not lst3)
def f_none():
    pass
print(f_none() is None)
print(None is None, (None,) [0] is None)
print(isinstance(None, type(None)), type(True) is bool, type(1) is int)
print(type(1) is not float, type(1.0) is float)
print(... is Ellipsis, NotImplemented is NotImplemented)
d = {}
print(d.get("k") is None, d.get("k", 0) is None)
lst2.append(3)
print(lst, lst is lst2)
