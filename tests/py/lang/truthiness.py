# Truthiness of builtin values
values = [0, 1, -1, 0.0, 0.5, "", "a", " ", [], [0], (), (None,), {}, {0: 0},
          set(), {0}, None, True, False, range(0), range(1), b"", b"\x00", 2 ** 100, -0.0]
for v in values:
    print(repr(v), bool(v), "yes" if v else "no")
print(not [], not [1], not not "x")
print([] or "default", "x" or "default", 0 and 1, 2 and 3)
items = [0, "", None, 3, [], "z"]
print([x for x in items if x])
print(list(filter(None, items)))
print(any(items), all(items), all([]), any([]))
count = 0
n = 10
while n:
    n -= 3 if n > 2 else n
    count += 1
print(count, n)
s = "abc"
while s:
    print(s)
    s = s[1:]
if not None and not 0 and not "":
    print("all falsy")
