import heapq
import itertools
class PQ:
    def __init__(self):
        self.heap = []
        self.counter = itertools.count()
    def push(self, item, priority):
        heapq.heappush(self.heap, (priority, next(self.counter), item))
    def pop(self):
        return heapq.heappop(self.heap)[2]
    def __len__(self):
        return len(self.heap)
q = PQ()
for task, pri in [("write", 2), ("test", 1), ("deploy", 3), ("review", 1)]:
    q.push(task, pri)
print([q.pop() for _ in range(len(q))])
def dijkstra(graph, start):
    dist = {start: 0}
    pq = [(0, start)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in graph[u]:
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                heapq.heappush(pq, (nd, v))
    return sorted(dist.items())
g = {"A": [("B", 1), ("C", 4)], "B": [("C", 2), ("D", 5)], "C": [("D", 1)], "D": []}
print(dijkstra(g, "A"))
