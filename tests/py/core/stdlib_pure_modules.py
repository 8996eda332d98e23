import heapq, bisect, keyword, operator
h = [5, 1, 4, 2]
heapq.heapify(h)
print([heapq.heappop(h) for _ in range(4)], heapq.nlargest(2, [3, 9, 1]), heapq.nsmallest(2, [3, 9, 1]))
a = [1, 3, 5]
bisect.insort(a, 4)
print(a, bisect.bisect_left(a, 3), keyword.iskeyword("for"), operator.add(2, 3), operator.itemgetter(1)([7, 8]))
