# list.append / extend / insert and += semantics.
a = []
for i in range(5):
    a.append(i * i)
    print(a)
a.append([5, 6])
a.append((7,))
print(a, len(a))
b = [1, 2]
b.extend([3, 4])
b.extend((5,))
b.extend(range(6, 8))
b.extend("ab")
b.extend({"k": 1})
b.extend(x * 10 for x in range(2))
b.extend([])
print(b)
c = [0]
c.extend(c)
print(c)
c.extend(c)
print(c)
d = [1, 2, 3]
for idx, val in [(0, "a"), (2, "b"), (100, "end"), (-1, "before-last"), (-100, "start"), (len(d) + 10, "far")]:
    d.insert(idx, val)
    print(idx, d)
e = [1]
alias = e
e += [2, 3]
print(e, alias, e is alias)
e += "xy"
print(e)
e = e + [9]
print(e, alias, e is alias)
for bad in (5, None):
    try:
        [].extend(bad)
    except TypeError as ex:
        print("TypeError:", ex)
try:
    [] + (1,)
except TypeError as ex:
    print("TypeError:", ex)
big = []
for i in range(1000):
    big.append(i)
print(len(big), big[-1], sum(big))
