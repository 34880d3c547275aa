from collections import defaultdict, deque
edges = [("a", "b"), ("a", "c"), ("b", "d"), ("c", "d"), ("d", "e"), ("f", "g")]
graph = defaultdict(set)
for u, v in edges:
    graph[u].add(v)
    graph[v].add(u)
def components(g):
    seen = set()
    out = []
    for start in sorted(g):
        if start in seen:
            continue
        comp = []
        q = deque([start])
        seen.add(start)
        while q:
            n = q.popleft()
            comp.append(n)
            for m in sorted(g[n]):
                if m not in seen:
                    seen.add(m)
                    q.append(m)
        out.append(sorted(comp))
    return out
print(components(graph))
indeg = defaultdict(int)
for u, v in edges:
    indeg[v] += 1
print(sorted(indeg.items()), indeg["a"], len(indeg))
