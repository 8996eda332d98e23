# Route planning on a weighted road network: Dijkstra with heapq and path reconstruction,
# all-pairs Floyd-Warshall for comparison, k-shortest simple paths by brute force, and a
# minimum-hop BFS; prints tables of distances.
import heapq, itertools
from collections import deque
roads = [('A', 'B', 7), ('A', 'C', 9), ('A', 'F', 14), ('B', 'C', 10), ('B', 'D', 15), ('C', 'D', 11), ('C', 'F', 2), ('D', 'E', 6), ('E', 'F', 9), ('F', 'G', 3), ('G', 'E', 1), ('H', 'A', 4)]
graph = {}
for a, b, w in roads:
    graph.setdefault(a, {})[b] = w
    graph.setdefault(b, {})[a] = w
nodes = sorted(graph)
def dijkstra(src):
    dist, prev = {src: 0}, {}
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist[u]:
            continue
        for v, w in sorted(graph[u].items()):
            nd = d + w
            if nd < dist.get(v, float('inf')):
                dist[v], prev[v] = nd, u
                heapq.heappush(pq, (nd, v))
    return dist, prev
def path(prev, src, dst):
    p = [dst]
    while p[-1] != src:
        p.append(prev[p[-1]])
    return p[::-1]
dist, prev = dijkstra('A')
for n in nodes:
    print(n, dist[n], '->'.join(path(prev, 'A', n)))
INF = float('inf')
fw = {a: {b: (0 if a == b else graph[a].get(b, INF)) for b in nodes} for a in nodes}
for k in nodes:
    for i in nodes:
        for j in nodes:
            if fw[i][k] + fw[k][j] < fw[i][j]:
                fw[i][j] = fw[i][k] + fw[k][j]
print('    ' + ' '.join(f'{n:>3}' for n in nodes))
for i in nodes:
    print(f'{i:>3} ' + ' '.join(f'{fw[i][j]:>3}' for j in nodes))
print(all(fw['A'][n] == dist[n] for n in nodes), max(fw[i][j] for i in nodes for j in nodes))
def simple_paths(src, dst, seen=()):
    if src == dst:
        yield (dst,)
        return
    for v in sorted(graph[src]):
        if v not in seen:
            for rest in simple_paths(v, dst, seen + (src,)):
                yield (src,) + rest
cost = lambda p: sum(graph[a][b] for a, b in zip(p, p[1:]))
paths = sorted(simple_paths('A', 'E'), key=lambda p: (cost(p), p))
print(len(paths), [(''.join(p), cost(p)) for p in paths[:4]])
def hops(src):
    seen, q = {src: 0}, deque([src])
    while q:
        u = q.popleft()
        for v in sorted(graph[u]):
            if v not in seen:
                seen[v] = seen[u] + 1
                q.append(v)
    return seen
print(hops('H'), sum(1 for _ in itertools.combinations(nodes, 2)))
