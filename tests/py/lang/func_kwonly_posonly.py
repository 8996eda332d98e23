# Keyword-only and positional-only parameters
def kwo(a, *, b, c=3):
    return (a, b, c)
print(kwo(1, b=2))
print(kwo(a=1, b=2, c=4))
try:
    kwo(1, 2)
except TypeError as e:
    print(e)
try:
    kwo(1)
except TypeError as e:
    print(e)

def po(a, b, /, c, d=4):
    return (a, b, c, d)
print(po(1, 2, 3))
print(po(1, 2, c=3, d=5))
try:
    po(1, b=2, c=3)
except TypeError as e:
    print(e)
try:
    po(a=1, b=2, c=3)
except TypeError as e:
    print(e)

def both(a, /, b, *, c):
    return a, b, c
print(both(1, 2, c=3), both(1, b=2, c=3))
try:
    both(1, 2, 3)
except TypeError as e:
    print(e)

def po_kw_same(x, /, **kw):
    return x, kw
print(po_kw_same(1, x=2))

def defaults_po(a=1, b=2, /, c=3):
    return a, b, c
print(defaults_po(), defaults_po(9), defaults_po(9, 8, 7), defaults_po(c=0))

def kwo_many(*, x, y, z):
    return x * 100 + y * 10 + z
print(kwo_many(z=3, x=1, y=2))
try:
    kwo_many(x=1)
except TypeError as e:
    print(e)
print(kwo.__kwdefaults__, po.__defaults__)
