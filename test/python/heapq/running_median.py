import heapq
low, high = [], []
out = []
for x in [5, 15, 1, 3, 8, 7, 9, 10, 20, 2]:
    heapq.heappush(low, -x)
    heapq.heappush(high, -heapq.heappop(low))
    if len(high) > len(low):
        heapq.heappush(low, -heapq.heappop(high))
    med = -low[0] if len(low) > len(high) else (-low[0] + high[0]) / 2
    out.append(med)
print(out)
