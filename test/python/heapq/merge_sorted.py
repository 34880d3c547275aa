import heapq
print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15])))
print(list(heapq.merge([], [1], [])), list(heapq.merge()))
print(list(heapq.merge(["apple", "fig"], ["banana", "kiwi"], key=len)))
print(list(heapq.merge([9, 5, 1], [8, 2], reverse=True)))
logs_a = [(1, "a-start"), (4, "a-end")]
logs_b = [(2, "b-start"), (3, "b-end")]
for t, msg in heapq.merge(logs_a, logs_b):
    print(t, msg)
