import heapq
h = []
for x in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, x)
print(h[0], [heapq.heappop(h) for _ in range(len(h))])
data = [9, 4, 7, 1, 8, 2]
heapq.heapify(data)
print(data[0], sorted(data) == [1, 2, 4, 7, 8, 9])
print(heapq.heappushpop(data, 0), heapq.heappushpop(data, 5), heapq.heapreplace(data, 10))
print(sorted(data))
try:
    heapq.heappop([])
except IndexError:
    print("IndexError")
