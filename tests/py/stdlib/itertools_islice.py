# islice: arguments, laziness, how much of the source it consumes, and its errors.
from itertools import islice, count

print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)))
print(list(islice('ABCDEFG', 0, None, 2)), list(islice(range(100), 10, 50, 7)), list(islice([], 3)))
print(list(islice(range(10), None)), list(islice(range(10), None, None, None)), list(islice(range(10), 3, 2)))
print(list(islice(count(), 5, 20, 5)), list(islice(range(5), 2**62)))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 2, 6, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 4, 4)), next(it))
class Idx:
    def __index__(self):
        return 3
print(list(islice(range(10), Idx())), list(islice(range(10), 1, Idx())))
for args in [('a',), (-1,), (1, -1), (-2,), (0, 1, 0), (0, 1, -1), ('a', 3), (1.5,), (None, 'a'), (0, 5, 'x'), (1, 2, 3, 4)]:
    try:
        islice(range(10), *args)
        print(args, 'ok')
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
for bad in [lambda: islice(), lambda: islice([]), lambda: islice([], stop=3), lambda: islice(1, 2)]:
    try:
        bad()
    except TypeError as e:
        print(e)
