# list() of various iterables.
print(list(), list([]), list([1, 2]), list((3, 4)), list("abc"), list(range(4)), list(b"AB"))
print(list({"a": 1, "b": 2}), list({"a": 1}.values()), list({"a": 1}.items()), list(x * x for x in range(4)))
print(list(map(str, [1, 2])), list(filter(None, [0, 1, "", "a", None, [], [0]])), list(zip("ab", [1, 2])))
print(list(enumerate("xy", 5)), list(reversed([1, 2, 3])), list(iter([7, 8])), list(range(10, 0, -3)))
print(sorted(list({3, 1, 2})), list(frozenset([5])), list(bytearray(b"\x01\x02")))
def gen():
    yield 1
    yield "two"
    yield [3]
print(list(gen()))
src = [1, 2, 3]
cp = list(src)
cp.append(4)
print(src, cp, cp is src)
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * 10
print(list(Seq()))
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
print(list(It()))
for bad in (5, None, 1.5):
    try:
        list(bad)
    except TypeError as e:
        print("TypeError:", e)
it = iter([1, 2, 3, 4])
next(it)
print(list(it), list(it))
print(list("") == [], list([[]]), list([None]), [*"hi", *range(2)])
