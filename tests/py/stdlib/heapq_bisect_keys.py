# heapq/bisect with key functions, merge with key/reverse, nlargest/nsmallest ties,
# heappushpop/heapreplace, insort variants, a priority queue with removal.
import heapq, bisect
from operator import itemgetter
h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, x)
print(h, heapq.heappop(h), heapq.heappushpop(h, 0), heapq.heapreplace(h, 10), h)
print([heapq.heappop(h) for _ in range(len(h))])
data = [('b', 3), ('a', 3), ('c', 1), ('d', 2), ('e', 3)]
print(heapq.nlargest(2, data, key=itemgetter(1)), heapq.nsmallest(3, data, key=itemgetter(1)), heapq.nlargest(10, [1, 2]), heapq.nsmallest(1, [4, 2, 9]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge(['a', 'ccc'], ['bb', 'dddd'], key=len)), list(heapq.merge([9, 5, 1], [8, 2], reverse=True)))
hh = [9, 8, 7, 6, 5, 4, 3, 2, 1]
heapq.heapify(hh); print(hh)
mh = [-x for x in [3, 1, 4, 1, 5]]
heapq.heapify(mh); print([-heapq.heappop(mh) for _ in range(3)])
print(heapq._heapify_max is not None if hasattr(heapq, '_heapify_max') else 'none')
grades = [60, 70, 80, 90]
def grade(score):
    return 'FDCBA'[bisect.bisect(grades, score)]
print([grade(s) for s in [33, 60, 99, 77, 70, 89, 90, 100]])
recs = [(1, 'one'), (3, 'three'), (5, 'five')]
print(bisect.bisect_left(recs, 3, key=itemgetter(0)), bisect.bisect_right(recs, 3, key=itemgetter(0)), bisect.bisect(recs, 0, key=itemgetter(0)))
bisect.insort(recs, (4, 'four'), key=itemgetter(0)); bisect.insort_left(recs, (3, 'THREE'), key=itemgetter(0)); bisect.insort_right(recs, (3, 'tres'), key=itemgetter(0))
print(recs)
a = [1, 2, 2, 2, 3]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 9), bisect.bisect_left([], 1))
try:
    bisect.bisect_left(a, 1, -1)
except ValueError as e:
    print('ValueError', e)
class PQ:
    REMOVED = '<removed>'
    def __init__(self):
        self.pq, self.finder, self.counter = [], {}, 0
    def add(self, task, prio=0):
        if task in self.finder:
            self.remove(task)
        entry = [prio, self.counter, task]
        self.counter += 1
        self.finder[task] = entry
        heapq.heappush(self.pq, entry)
    def remove(self, task):
        entry = self.finder.pop(task)
        entry[-1] = self.REMOVED
    def pop(self):
        while self.pq:
            prio, count, task = heapq.heappop(self.pq)
            if task is not self.REMOVED:
                del self.finder[task]
                return task
        raise KeyError('pop from an empty priority queue')
q = PQ()
for t, p in [('write', 5), ('test', 3), ('deploy', 9), ('fix', 1), ('review', 3)]:
    q.add(t, p)
q.add('deploy', 0); q.remove('test')
out = []
try:
    while True:
        out.append(q.pop())
except KeyError as e:
    print(out, e)
try:
    heapq.heappop([])
except IndexError as e:
    print('IndexError', e)
print(heapq.nlargest(3, 'hello world'), heapq.nsmallest(2, {3: 'a', 1: 'b', 2: 'c'}))
