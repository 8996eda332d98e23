# String indexing with positive and negative indexes.
s = "abcdefghij"
print(len(s), s[0], s[1], s[9], s[-1], s[-2], s[-10])
for i in range(-len(s), len(s)):
    print(i, s[i], end=" ")
print()
print([s[i] for i in range(0, 10, 3)], [s[-i] for i in range(1, 5)])
print(type(s[0]).__name__, len(s[0]), s[0] == "a", s[3] + s[-3])
for bad in (10, -11, 100, -(2 ** 70), 2 ** 70):
    try:
        s[bad]
    except IndexError as e:
        print(bad, "IndexError:", e)
try:
    ""[0]
except IndexError as e:
    print("empty:", e)
for bad in ("1", 1.0, None):
    try:
        s[bad]
    except TypeError as e:
        print("TypeError:", e)
print(s[True], s[False])
class I:
    def __index__(self):
        return 4
print(s[I()])
u = "naïve ☃ 😀!"
print(len(u), u[2], u[6], u[8], u[-1], u[-2], ord(u[8]))
try:
    s[0] = "z"
except TypeError as e:
    print("TypeError:", e)
word = "racecar"
print(all(word[i] == word[-1 - i] for i in range(len(word))))
print("".join(s[i] for i in range(len(s) - 1, -1, -2)))
