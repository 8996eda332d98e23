# all() and any() including short-circuit behaviour.
print(all([]), any([]), all([1, 2]), all([1, 0]), any([0, 0]), any([0, 3]), all("abc"), any(""))
print(all([[], 1]), any([[], [0]]), all((None,)), any((None, "")), all(x > 0 for x in [1, 2]), any(x < 0 for x in [1, 2]))
print(all(range(1, 5)), all(range(0, 5)), any(range(0)), any({0: "a"}), any({0, 1}), all({"": 1}))
seen = []
def check(x):
    seen.append(x)
    return x
print(all(check(x) for x in [1, 2, 0, 3, 4]), seen)
seen.clear()
print(any(check(x) for x in [0, 0, 5, 6]), seen)
seen.clear()
print(all(map(check, [1, 1, 1])), seen)
nums = [2, 4, 6, 9]
print(all(n % 2 == 0 for n in nums), any(n % 2 for n in nums), all(isinstance(n, int) for n in nums))
grid = [[1, 1], [1, 0]]
print(all(all(row) for row in grid), any(all(row) for row in grid), all(any(row) for row in grid))
try:
    all(5)
except TypeError as e:
    print("TypeError:", e)
try:
    any()
except TypeError as e:
    print("TypeError:", e)
class Falsy:
    def __bool__(self):
        return False
class Sized:
    def __len__(self):
        return 0
print(all([Falsy()]), any([Falsy(), Sized()]), any([Sized(), 1]))
def gen():
    yield 1
    yield 0
    raise RuntimeError("should not reach")
print(all(gen()))
print(any(c.isupper() for c in "hello World"), all(c.islower() for c in "hello"))
