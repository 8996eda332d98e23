# Instances with many attributes; deletion; re-adding; iteration order of __dict__
class Bag:
    pass

b = Bag()
for i in range(50):
    setattr(b, f"attr{i}", i * i)
print(len(vars(b)), b.attr0, b.attr7, b.attr49)
total = sum(getattr(b, f"attr{i}") for i in range(50))
print("total", total)
for i in range(0, 50, 2):
    delattr(b, f"attr{i}")
print(len(vars(b)), hasattr(b, "attr2"), hasattr(b, "attr3"))
print(list(vars(b))[:5])
b.attr2 = "back"
print(list(vars(b))[-1], b.attr2)
for i in range(1, 50, 2):
    setattr(b, f"attr{i}", getattr(b, f"attr{i}") + 1)
print(b.attr1, b.attr3, b.attr49)
class Record:
    def __init__(self, **fields):
        for k, v in fields.items():
            setattr(self, k, v)
    def __repr__(self):
        return "Record(" + ", ".join(f"{k}={v!r}" for k, v in vars(self).items()) + ")"
r = Record(a=1, b="two", c=[3], d=None, e=5.0, f=True, g=(7,), h={"k": 8})
print(r)
del r.c, r.e
print(r)
r.c = "new c"
print(r)
objs = [Record(i=i, sq=i * i) for i in range(10)]
print([o.sq for o in objs if o.i % 3 == 0])
for o in objs:
    o.cube = o.i ** 3
    del o.sq
print([(o.i, o.cube) for o in objs[-3:]], [sorted(vars(o)) for o in objs[:1]])
class Shared:
    pass
x, y = Shared(), Shared()
x.v = 1
print(hasattr(y, "v"))
x.__dict__["direct"] = "via dict"
print(x.direct)
x.__dict__.clear()
print(vars(x))
for i in range(200):
    setattr(x, "k" + str(i), i)
for i in range(199):
    delattr(x, "k" + str(i))
print(vars(x))
