# Graph algorithms: BFS shortest path, DFS, topological sort, connected components
graph = {
    "a": ["b", "c"],
    "b": ["d"],
    "c": ["d", "e"],
    "d": ["f"],
    "e": ["f"],
    "f": [],
    "g": ["h"],
    "h": [],
}

def bfs_path(g, start, goal):
    queue = [[start]]
    seen = {start}
    while queue:
        path = queue.pop(0)
        node = path[-1]
        if node == goal:
            return path
        for nxt in g[node]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append(path + [nxt])
    return None

def dfs(g, start, order=None):
    order = [] if order is None else order
    order.append(start)
    for nxt in g[start]:
        if nxt not in order:
            dfs(g, nxt, order)
    return order

def topo(g):
    indeg = {n: 0 for n in g}
    for n in g:
        for m in g[n]:
            indeg[m] += 1
    ready = sorted(n for n, d in indeg.items() if d == 0)
    out = []
    while ready:
        n = ready.pop(0)
        out.append(n)
        for m in g[n]:
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
                ready.sort()
    return out

def components(g):
    undirected = {n: set() for n in g}
    for n in g:
        for m in g[n]:
            undirected[n].add(m)
            undirected[m].add(n)
    seen, comps = set(), []
    for n in sorted(g):
        if n in seen:
            continue
        stack, comp = [n], []
        while stack:
            x = stack.pop()
            if x in seen:
                continue
            seen.add(x)
            comp.append(x)
            stack.extend(sorted(undirected[x] - seen))
        comps.append(sorted(comp))
    return comps

print(bfs_path(graph, "a", "f"), bfs_path(graph, "a", "g"), bfs_path(graph, "e", "e"))
print(dfs(graph, "a"))
print(topo(graph))
print(components(graph))
