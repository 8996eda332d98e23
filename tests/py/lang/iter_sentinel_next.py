# iter(callable, sentinel), next() with default, iterator exhaustion
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
it = iter(tick, 5)
print(list(it), counter)
print(next(it, "exhausted"))

lines = ["first", "second", "", "after blank"]
pos = [0]
def readline():
    v = lines[pos[0]]
    pos[0] += 1
    return v
print(list(iter(readline, "")))

li = iter([1, 2, 3])
print(next(li), next(li), next(li), next(li, None), next(li, "again"))
try:
    next(li)
except StopIteration as e:
    print("StopIteration", e.args)

s = iter("ab")
print(next(s), next(s), next(s, "-"))
d = iter({"k": 1, "j": 2})
print(next(d), next(d))
t = iter((x * 2 for x in range(2)))
print(next(t), next(t), next(t, "gen done"))
r = iter(range(2))
print(next(r), iter(r) is r, list(r), list(r))

class Countdown:
    def __init__(self, n):
        self.n = n
    def __call__(self):
        self.n -= 1
        return self.n
print(list(iter(Countdown(5), 0)))
try:
    iter(5, 0)
except TypeError as e:
    print("TypeError:", e)
data = [10, 20, 30, 40, 50]
it = iter(data)
for x in it:
    if x == 20:
        break
print("resume after break:", list(it))
it2 = iter(data)
pairs = list(zip(it2, it2))
print(pairs, list(it2))
z = iter([])
print(next(z, 0), list(z), any(z), all(z))
