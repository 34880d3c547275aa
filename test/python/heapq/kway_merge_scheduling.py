import heapq
streams = [[1, 5, 9], [2, 6, 10], [3, 4, 11, 12]]
print(list(heapq.merge(*streams)))
jobs = [("build", 3), ("test", 2), ("lint", 1), ("deploy", 4)]
workers = [(0, "w1"), (0, "w2")]
heapq.heapify(workers)
schedule = []
for name, dur in sorted(jobs, key=lambda j: -j[1]):
    t, w = heapq.heappop(workers)
    schedule.append((w, name, t, t + dur))
    heapq.heappush(workers, (t + dur, w))
for s in schedule:
    print(s)
print("makespan", max(e for _, _, _, e in schedule))
