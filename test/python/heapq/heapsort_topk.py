import heapq
def heapsort(iterable):
    h = []
    for v in iterable:
        heapq.heappush(h, v)
    return [heapq.heappop(h) for _ in range(len(h))]
print(heapsort([1, 3, 5, 7, 9, 2, 4, 6, 8, 0]))
def topk(stream, k):
    h = []
    for x in stream:
        if len(h) < k:
            heapq.heappush(h, x)
        elif x > h[0]:
            heapq.heapreplace(h, x)
    return sorted(h, reverse=True)
print(topk(range(100), 5), topk([5, 1, 5, 3], 2))
running = []
medians = []
for x in [5, 15, 1, 3, 8]:
    heapq.heappush(running, x)
    s = sorted(running)
    medians.append(s[len(s) // 2])
print(medians)
