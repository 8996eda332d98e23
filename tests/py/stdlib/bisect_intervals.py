# bisect (native _bisect) in applications: grade tables, interval lookup with key=, a sorted
# container with insort and deletion, rank queries, and searching a custom sequence.
import bisect
def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100, 59, 60]])
intervals = sorted([(5, 9, 'b'), (0, 4, 'a'), (10, 20, 'c'), (25, 30, 'd')])
def find(x):
    i = bisect.bisect_right(intervals, x, key=lambda iv: iv[0]) - 1
    return intervals[i][2] if i >= 0 and intervals[i][0] <= x <= intervals[i][1] else None
print([find(x) for x in [-1, 0, 4, 5, 9, 9.5, 15, 22, 30, 31]])
class SortedList:
    def __init__(self): self.items = []
    def add(self, x): bisect.insort(self.items, x)
    def remove(self, x):
        i = bisect.bisect_left(self.items, x)
        if i == len(self.items) or self.items[i] != x: raise ValueError(x)
        del self.items[i]
    def rank(self, x): return bisect.bisect_left(self.items, x)
    def count_range(self, lo, hi): return bisect.bisect_right(self.items, hi) - bisect.bisect_left(self.items, lo)
s = SortedList()
for v in [5, 1, 9, 3, 3, 7, 1, 8]: s.add(v)
s.remove(3)
try: s.remove(4)
except ValueError as e: print('missing', e)
print(s.items, s.rank(7), s.count_range(2, 8), s.count_range(10, 20))
class Squares:
    def __len__(self): return 10**6
    def __getitem__(self, i): return i * i
print(bisect.bisect_left(Squares(), 123456789), bisect.bisect_right(range(0, 100, 3), 50), bisect.bisect_left('acegi', 'f'))
people = sorted([('amy', 31), ('bob', 25), ('cat', 40), ('dan', 25)], key=lambda p: p[1])
print(bisect.bisect_left(people, 25, key=lambda p: p[1]), bisect.bisect_right(people, 25, key=lambda p: p[1]), bisect.bisect(people, 100, key=lambda p: p[1]))
bisect.insort_left(people, ('eve', 25), key=lambda p: p[1]); bisect.insort_right(people, ('fay', 25), key=lambda p: p[1]); print(people)
