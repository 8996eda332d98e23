# Union-find with path compression and union by rank; Kruskal's minimum spanning tree on a
# seeded random graph, connected components, and a cycle check.
import random
class DSU:
    def __init__(self, n):
        self.parent = list(range(n))
        self.rank = [0] * n
        self.size = [1] * n
    def find(self, x):
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root
    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.size[ra] += self.size[rb]
        if self.rank[ra] == self.rank[rb]:
            self.rank[ra] += 1
        return True
rng = random.Random(42)
N = 30
edges = set()
while len(edges) < 60:
    a, b = rng.sample(range(N), 2)
    edges.add((min(a, b), max(a, b), rng.randint(1, 100)))
edges = sorted(edges, key=lambda e: (e[2], e[0], e[1]))
d = DSU(N)
mst = [e for e in edges if d.union(e[0], e[1])]
print(len(mst), sum(w for _, _, w in mst), mst[:6])
comps = {}
for v in range(N):
    comps.setdefault(d.find(v), []).append(v)
print(len(comps), sorted(len(c) for c in comps.values()), max(d.size[r] for r in comps))
d2 = DSU(N)
first_cycle = next((e for e in edges if not d2.union(e[0], e[1])), None)
print('first cycle edge', first_cycle)
d3 = DSU(10)
for a, b in [(0, 1), (2, 3), (1, 3), (5, 6), (7, 7), (8, 9), (9, 5)]:
    d3.union(a, b)
groups = sorted(sorted(v for v in range(10) if d3.find(v) == r) for r in {d3.find(v) for v in range(10)})
print(groups)
