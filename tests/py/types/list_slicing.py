# List slicing reads with all step variants.
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-3], a[-5:-2], a[5:2], a[100:], a[:100], a[-100:2])
print(a[::2], a[1::2], a[::-1], a[::-3], a[8:2:-2], a[-1:-4:-1], a[2:8:-1], a[:2:-1], a[2::-1])
print(a[::100], a[::-100], a[3:3], a[slice(1, 9, 4)], a[slice(None)])
c = a[:]
print(c == a, c is a)
c[0] = 99
print(a[0], c[0])
nested = [[1, 2], [3, 4]]
shallow = nested[:]
shallow[0].append(9)
print(nested, shallow, nested[0] is shallow[0])
for start in (None, -20, -2, 0, 4, 20):
    row = []
    for stop in (None, -20, -2, 0, 4, 20):
        for step in (None, 1, -1, 3, -3):
            row.append(len(a[start:stop:step]))
    print(start, row)
try:
    a[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    a["1":]
except TypeError as e:
    print("TypeError:", e)
try:
    a[1.5]
except TypeError as e:
    print("TypeError:", e)
print(a[True:], a[:False], a[2 ** 70:], a[-(2 ** 70):3])
