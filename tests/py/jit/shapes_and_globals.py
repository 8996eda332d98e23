# Attribute caches meet new shapes, class changes and rebound globals in hot code.
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm1(self):
        return abs(self.x) + abs(self.y)

class Q(P):
    pass

def walk(ps):
    t = 0
    for p in ps:
        p.x = p.x + 1
        t += p.x + p.y + p.norm1()
    return t

ps = [P(i, -i) for i in range(20)]
for _ in range(20):
    walk(ps)
print(walk(ps))
ps[3].z = 7          # a new shape for one object
print(walk(ps))
qs = [Q(i, i) for i in range(5)] + ps[:5]
print(walk(qs))
P.norm1 = lambda self: 1000   # method redefined while the caller is compiled
print(walk(ps))
del ps[0].y
try:
    walk(ps)
except AttributeError as e:
    print("AttributeError", e)

SCALE = 2
def scaled(n):
    s = 0
    for i in range(n):
        s += i * SCALE
    return s
for _ in range(20):
    scaled(10)
print(scaled(10))
SCALE = 3
print(scaled(10))
SCALE = 0.5
print(scaled(10))
del SCALE
try:
    scaled(3)
except NameError as e:
    print("NameError", e)
len = lambda x: 42     # shadow a builtin the compiled code loaded from builtins
def use_len(xs):
    return len(xs)
print(use_len([1, 2]))
del len
print(use_len([1, 2]))
