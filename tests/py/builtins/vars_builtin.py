# vars() on instances and classes with plain attributes.
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
print(vars(p))
p.z = 3
print(vars(p), p.__dict__ is vars(p))
vars(p)["w"] = 4
print(p.w, vars(p))
del p.x
print(vars(p))
print(sorted(k for k in vars(Point) if not k.startswith("__")), vars(Point)["dims"])
class Empty:
    pass
print(vars(Empty()))
e = Empty()
e.b = "second"
e.a = "first"
print(vars(e), list(vars(e)))
for bad in (5, "s", [1], None):
    try:
        vars(bad)
    except TypeError as ex:
        print("TypeError:", ex)
def show():
    local_a = 1
    local_b = "two"
    return vars()
print(show())
class Child(Point):
    def __init__(self):
        super().__init__(10, 20)
        self.extra = True
print(vars(Child()))
print({k: v for k, v in vars(Point(5, 6)).items() if k != "y"})
