# A discrete-event simulation on heapq (native _heapq): jobs with priorities and arrival times,
# ties broken by sequence numbers, a Dijkstra shortest-path run, and a top-k stream.
import heapq, random
random.seed(11)
events, seq = [], 0
for i in range(200):
    heapq.heappush(events, (random.randint(0, 1000), random.randint(1, 5), seq, 'job%d' % i)); seq += 1
done, clock = [], 0
while events:
    t, pr, s, name = heapq.heappop(events)
    clock = max(clock, t) + pr
    done.append((name, clock))
    if pr > 3 and len(done) < 150:
        heapq.heappush(events, (clock + 7, pr - 1, seq, name + "'")); seq += 1
print(len(done), done[:5], done[-3:], clock)
graph = {i: [(random.randint(0, 29), random.randint(1, 20)) for _ in range(4)] for i in range(30)}
dist = {0: 0}; pq = [(0, 0)]
while pq:
    d, u = heapq.heappop(pq)
    if d > dist.get(u, 1 << 60): continue
    for v, w in graph[u]:
        if d + w < dist.get(v, 1 << 60):
            dist[v] = d + w; heapq.heappush(pq, (d + w, v))
print(sorted(dist.items())[:10], len(dist), max(dist.values()))
stream = [random.gauss(0, 1) for _ in range(2000)]
top = []
for x in stream:
    if len(top) < 5: heapq.heappush(top, x)
    else: heapq.heappushpop(top, x)
print([round(v, 6) for v in sorted(top)] == [round(v, 6) for v in sorted(stream)[-5:]], [round(v, 6) for v in heapq.nsmallest(3, stream)])
