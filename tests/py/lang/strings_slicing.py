# String indexing and slicing
s = "abcdefghij"
print(s[0], s[-1], s[3], s[-3])
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2], s[-1:-4:-1])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[3:100])
print(s[2:8:3], s[::3], s[::-3])
print(s[slice(1, 4)], s[slice(None, None, -1)], s[slice(3)])
sl = slice(1, 8, 2)
print(sl.start, sl.stop, sl.step, s[sl])
print(slice(1, 10, 3).indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10))
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    s["a"]
except TypeError as e:
    print("TypeError:", e)
try:
    s[1.0]
except TypeError as e:
    print("TypeError:", e)
for i in range(-len(s), len(s), 3):
    print(i, s[i], end="; ")
print()
word = "racecar"
print(word == word[::-1], "python"[::-1], "ab"[True], "xy"[False])
print(s[len(s) // 2:], s[:len(s) // 2])
u = "héllo wörld"
print(u[1], u[-4], u[::-1], len(u), u.upper())
n = 12345
print(str(n)[::-1], int(str(n)[::-1]), str(n)[1:-1])
lst = list(s)
print(lst[2:4], "".join(lst[::-1][:3]))
print(s[-2:] + s[:-2], s[3:] + s[:3])
print([s[i:i + 3] for i in range(0, len(s), 3)])
print(s[True:3], s[None:None])
