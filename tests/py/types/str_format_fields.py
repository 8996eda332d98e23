# str.format field lookups: attributes, indexes, nesting.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.tags = ["a", "b"]
        self.meta = {"color": "red"}
p = Point(3, -4)
print("{0.x},{0.y}".format(p), "{p.x}|{p.tags[1]}|{p.meta[color]}".format(p=p))
print("{0[0]} {0[2]} {1[key]} {1[2]}".format([10, 20, 30], {"key": "val", 2: "two", "2": "str2"}))
print("{data[1][0]} {data[0]}".format(data=[["inner"], ["deep", "x"]]))
print("{0.real} {0.imag} {1.__class__.__name__}".format(5, "s"))
print("{a[0].x}".format(a=[p]), "{0.tags}".format(p), "{0.meta!r:>20}|".format(p))
print("{0[-1]}".format({"-1": "minus-one key"}))
try:
    print("{0[-1]}".format([1, 2]))
except TypeError as e:
    print("TypeError:", e)
try:
    print("{0.z}".format(p))
except AttributeError as e:
    print("AttributeError:", e)
try:
    print("{0[5]}".format([1]))
except IndexError as e:
    print("IndexError:", e)
try:
    print("{0[missing]}".format({}))
except KeyError as e:
    print("KeyError:", e)
table = [{"n": "alpha", "v": 1.5}, {"n": "beta", "v": 22.25}, {"n": "gamma", "v": -3.0}]
for row in table:
    print("{r[n]:<8}{r[v]:>8.2f}".format(r=row))
width = 12
for i, row in enumerate(table):
    print("{0:>2}: {1[n]:{w}}|{1[v]:+{w}.1f}|".format(i, row, w=width))
print("{:{}{}{}}".format(42, "0", ">", 6), "{0:{fill}{align}{width}}".format("x", fill="~", align="^", width=7))
print("{!r:^{}}|".format("ab", 10))
print("{0.x}{0.y}{0.x}".format(p), "{self}".format(self="kw-named-self"))
