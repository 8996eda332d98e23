# pass statements, empty bodies, Ellipsis
def nothing():
    pass

class Empty:
    pass

class Doc:
    "only a docstring"

def stub():
    ...

print(nothing(), stub())
print(Empty.__name__, Doc.__doc__)
for i in range(3):
    pass
print("i after pass loop", i)
if True:
    pass
else:
    pass
while False:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
print(..., type(...).__name__, Ellipsis is ...)
e = Empty()
e.x = 5
print(e.x)
def f(x):
    if x:
        pass
    return x
print(f(0), f(3))
x = [...]
print(x, x[0] is Ellipsis)
print(str(Ellipsis), repr(Ellipsis))
print(Doc().__doc__, nothing.__doc__)
