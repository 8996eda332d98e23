# slice objects: attributes, indices(), repr, use in subscripts.
s = slice(1, 10, 2)
print(s, repr(s), s.start, s.stop, s.step, type(s).__name__)
print(slice(5), slice(None), slice(1, 2), slice(None, None, -1), slice("a", "b", "c"), slice(1.5, None))
for sl in [slice(1, 10, 2), slice(None), slice(None, None, -1), slice(-3, None), slice(2, -2), slice(100, 200),
           slice(-100, 100, 3), slice(10, 0, -3), slice(None, 3, -1), slice(5, None, -2)]:
    for n in (0, 5, 12):
        print(sl, n, sl.indices(n), len(range(*sl.indices(n))))
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print("ValueError:", e)
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print("ValueError:", e)
data = list(range(10))
first_half = slice(0, 5)
evens = slice(None, None, 2)
print(data[first_half], data[evens], "abcdefghij"[evens], tuple(data)[first_half])
data[first_half] = ["x"] * 5
print(data)
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2, None) == slice(1, 2))
print(slice(1, 2) < slice(1, 3), slice(0, 5) <= slice(0, 5))
class Recorder:
    def __getitem__(self, key):
        return key
rec = Recorder()
print(rec[1:2], rec[::3], rec[1:2, 3], rec[..., 1:], rec[:], rec[::])
try:
    hash(slice(1, 2))
    print("slice hashable")
except TypeError as e:
    print("TypeError:", e)
