# A loop specialised on ints meets floats, strings and user objects.
class Money:
    def __init__(self, c):
        self.c = c
    def __add__(self, other):
        return Money(self.c + (other.c if isinstance(other, Money) else other))
    def __lt__(self, other):
        return self.c < (other.c if isinstance(other, Money) else other)
    def __repr__(self):
        return f"Money({self.c})"

def total(xs):
    t = xs[0]
    for x in xs[1:]:
        t = t + x
    return t

def count_below(xs, limit):
    n = 0
    for x in xs:
        if x < limit:
            n += 1
    return n

for _ in range(50):
    total(list(range(20)))
print(total(list(range(100))))
print(total([0.5 * i for i in range(100)]))
print(total(["a", "b", "c"] * 10))
print(total([Money(i) for i in range(30)]))
print(total([1, 2.5, 3, 4.25]))
for _ in range(50):
    count_below(list(range(50)), 25)
print(count_below(list(range(50)), 25), count_below([0.1 * i for i in range(50)], 2.5))
print(count_below([Money(i) for i in range(10)], 5), count_below(["b", "a", "c"], "b"))
print(count_below([float("nan"), 1.0, float("inf"), -float("inf")], 0.0))
