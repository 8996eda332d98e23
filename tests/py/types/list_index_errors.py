# IndexError and TypeError messages for list indexing.
a = [10, 20, 30]
for i in (3, -4, 100, -100, 2 ** 63, -(2 ** 63)):
    try:
        print(a[i])
    except IndexError as e:
        print(i, "IndexError:", e)
for i in (3, -4):
    try:
        a[i] = 0
    except IndexError as e:
        print(i, "IndexError:", e)
    try:
        del a[i]
    except IndexError as e:
        print(i, "IndexError:", e)
for key in ("1", 1.0, None, (1,), [0]):
    try:
        a[key]
    except TypeError as e:
        print("TypeError:", e)
try:
    a["x"] = 1
except TypeError as e:
    print("TypeError:", e)
print(a[-1], a[-3], a[0], a[2], a[True], a[False])
e = IndexError("custom")
print(repr(e), str(e), e.args, isinstance(e, LookupError))
try:
    [][0]
except LookupError as err:
    print(type(err).__name__, err)
try:
    [[1, 2], [3]][1][1]
except IndexError as err:
    print("nested:", err)
try:
    ()[0]
except IndexError as err:
    print("tuple:", err)
try:
    range(3)[3]
except IndexError as err:
    print("range:", err)
try:
    "abc"[5]
except IndexError as err:
    print("str:", err)
try:
    [].pop()
except IndexError as err:
    print("pop:", err)
try:
    [1].pop(5)
except IndexError as err:
    print("pop5:", err)
