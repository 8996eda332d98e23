# reversed() on sequences, dicts, ranges and objects with __reversed__.
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1,))), list(reversed(range(4))))
print(list(reversed([])), "".join(reversed("stressed")), list(reversed(b"ab")))
d = {"a": 1, "b": 2, "c": 3}
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
r = reversed([1, 2, 3])
print(type(r).__name__, next(r), list(r), next(r, None))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return "item%d" % i
print(list(reversed(Seq())))
class Custom:
    def __reversed__(self):
        return iter(["custom", "reversed"])
print(list(reversed(Custom())))
for bad in (5, {1, 2}, (x for x in "ab"), None):
    try:
        reversed(bad)
    except TypeError as e:
        print("TypeError:", e)
lst = [1, 2, 3]
rv = reversed(lst)
lst.append(4)
print(list(rv))
lst2 = [1, 2, 3, 4]
rv2 = reversed(lst2)
next(rv2)
lst2.clear()
print(list(rv2))
print([x for x in reversed(range(0, 10, 3))], list(reversed(sorted([3, 1, 2]))))
