# Recursive containers print with [...] and {...}.
a = [1, 2]
a.append(a)
print(a)
print(repr(a), str(a), len(a), a[2] is a, a[2][2][2][0])
b = [a, a]
print(b)
c = []
c.append(c)
c.append(c)
print(c)
d = {"self": None}
d["self"] = d
print(d)
e = {"list": []}
e["list"].append(e)
print(e)
f = [{"k": None}]
f[0]["k"] = f
print(f)
t = ([],)
t[0].append(t)
print(t)
x = [1]
y = [x]
x.append(y)
print(x, y)
outer = [[[]]]
outer[0][0].append(outer)
print(outer)
print(f"{a}", "%s" % (a,), "{}".format(d), str([a]))
g = [0]
g[0] = g
print(g, g == g)
h = [1, [2, [3]]]
print(h, [h, h], {"h": h})
