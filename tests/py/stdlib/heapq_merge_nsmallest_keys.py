# heapq: merge with key/reverse over many iterators, nsmallest/nlargest with keys and ties (stability), heappushpop/heapreplace, a scheduler built on tuples.
import heapq, itertools

print(list(heapq.merge([1, 4, 9], [2, 3, 10], [], [0, 11])))
print(list(heapq.merge(["apple", "fig"], ["Banana", "date"], key=str.lower)))
print(list(heapq.merge([9, 5, 1], [8, 2], [7, 7, 0], reverse=True)))
print(list(heapq.merge([("b", 1), ("d", 1)], [("a", 2), ("c", 2)], key=lambda t: t[0])))
print(list(heapq.merge([(1, "x"), (1, "y")], [(1, "a")], key=lambda t: t[0])))  # ties keep iterator order
print(list(heapq.merge([10, 20], [5, 15, 25], key=lambda x: -x, reverse=True)))
print(list(itertools.islice(heapq.merge(itertools.count(0, 3), itertools.count(1, 3), itertools.count(2, 3)), 12)))
print(list(heapq.merge()), list(heapq.merge([1])), list(heapq.merge([], [])))

data = [(3, "c"), (1, "a"), (4, "d"), (1, "b"), (5, "e"), (9, "i"), (2, "b2"), (6, "f"), (5, "e2"), (3, "c2")]
for n in (0, 1, 3, 5, 10, 20):
    print(n, heapq.nsmallest(n, data), heapq.nlargest(n, data))
print(heapq.nsmallest(4, data, key=lambda t: t[0]), heapq.nlargest(4, data, key=lambda t: t[0]))
words = "the quick brown fox jumps over the lazy dog again and again".split()
print(heapq.nsmallest(3, words, key=len), heapq.nlargest(3, words, key=len), heapq.nlargest(2, words, key=lambda w: (w.count("a"), w)))
print(heapq.nsmallest(2, iter([5, 1, 4])), heapq.nlargest(1, [5, 1, 4]), heapq.nsmallest(1, [5, 1, 4], key=lambda x: -x))
print(heapq.nsmallest(3, {"x": 3, "y": 1, "z": 2}.items(), key=lambda kv: kv[1]))

h = []
for v in [5, 3, 8, 1, 9, 2]:
    heapq.heappush(h, v)
print(h, heapq.heappushpop(h, 0), h, heapq.heappushpop(h, 7), h)
print(heapq.heapreplace(h, 10), h, heapq.heappop(h), h)
try:
    heapq.heapreplace([], 1)
except IndexError as e:
    print("IndexError", e)
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError", e)
mixed = [3, "a"]
try:
    heapq.heapify(mixed)
except TypeError as e:
    print("TypeError", e)

class Task:
    def __init__(self, prio, name):
        self.prio, self.name = prio, name
    def __lt__(self, other):
        return (self.prio, self.name) < (other.prio, other.name)
    def __repr__(self):
        return f"Task({self.prio},{self.name})"
tasks = [Task(p, n) for p, n in [(2, "write"), (1, "plan"), (3, "test"), (1, "coffee"), (2, "review")]]
heapq.heapify(tasks)
order = []
while tasks:
    t = heapq.heappop(tasks)
    order.append(t.name)
    if t.name == "plan":
        heapq.heappush(tasks, Task(2, "implement"))
print(order)
counter = itertools.count()
pq = []
for prio, job in [(2, "b"), (1, "a"), (2, "c"), (1, "d")]:
    heapq.heappush(pq, (prio, next(counter), job))
print([heapq.heappop(pq)[2] for _ in range(len(pq))])
big = list(range(1000, 0, -7))
heapq.heapify(big)
print(all(big[(i - 1) // 2] <= big[i] for i in range(1, len(big))), heapq.nsmallest(5, big), heapq.nlargest(3, big))
mh = [1, 9, 3, 7, 5]
heapq._heapify_max(mh)
print(mh[0], heapq._heappop_max(mh), mh[0], heapq._heapreplace_max(mh, 4), sorted(mh))
