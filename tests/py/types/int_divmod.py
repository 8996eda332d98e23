# divmod on ints, including big ones and signs.
for a in (17, -17, 0, 1, -1, 100):
    for b in (5, -5, 1, -1, 3):
        print(a, b, divmod(a, b))
print(divmod(2 ** 100, 3))
print(divmod(-(2 ** 100), 3))
print(divmod(2 ** 100, -(2 ** 33)))
print(divmod(10 ** 40, 10 ** 20 + 1))
print(divmod(True, 2), divmod(7, True))
q, r = divmod(123456789, 1000)
print(q, r)
try:
    divmod(5, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    divmod(2 ** 100, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    divmod("a", 2)
except TypeError as e:
    print("TypeError:", e)
# divmod consistency
ok = True
for a in range(-20, 21):
    for b in range(-6, 7):
        if b == 0:
            continue
        q, r = divmod(a, b)
        if q != a // b or r != a % b or q * b + r != a:
            ok = False
            print("bad", a, b)
print("consistent", ok)
