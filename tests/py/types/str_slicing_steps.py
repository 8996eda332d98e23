# String slicing with steps, negative steps and out-of-range bounds.
s = "0123456789"
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2], s[5:2], s[100:], s[:100], s[-100:3])
print(s[::2], s[1::2], s[::3], s[::-1], s[::-2], s[8:2:-1], s[8:2:-3], s[-1:-5:-1], s[2:8:-1])
print(s[:2:-1], s[2::-1], s[-2::-2], s[::-100], s[::100], s[5:5], s[5:5:-1])
print(s[None:None:None], s[None:4], s[4:None:-1], s[slice(1, 8, 3)], s[slice(None, None, -4)])
for start in (None, -12, -3, 0, 3, 12):
    for stop in (None, -12, -3, 0, 3, 12):
        print(repr(s[start:stop]), repr(s[start:stop:-1]), end=" ")
    print()
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    s[1.0:2]
except TypeError as e:
    print("TypeError:", e)
u = "héllo wörld ☃"
print(u[1:4], u[::-1], u[-1:], u[::2], u[7:9])
print(s[2 ** 70:], s[-(2 ** 70):2], s[::2 ** 70], s[::-(2 ** 70)])
t = "abcdef"
print(t[1:-1][::-1], t[::-1][1:-1], t[::2][::-1], (t * 2)[4:8])
print(t[:3] + t[3:] == t, t[:-1] + t[-1] == t)
