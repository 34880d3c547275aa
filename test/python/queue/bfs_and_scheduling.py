import queue

GRID = [
    "S.#.....",
    ".##.###.",
    "....#...",
    "##.##.#.",
    "......#E",
]


def shortest_path(grid):
    rows, cols = len(grid), len(grid[0])
    start = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == "S")
    q = queue.Queue()
    q.put((start, 0))
    seen = {start}
    while not q.empty():
        (r, c), dist = q.get()
        if grid[r][c] == "E":
            return dist
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in seen:
                seen.add((nr, nc))
                q.put(((nr, nc), dist + 1))
    return -1


print("shortest path:", shortest_path(GRID))

jobs = queue.PriorityQueue()
for prio, name in [(3, "backup"), (1, "deploy"), (2, "test"), (1, "alert")]:
    jobs.put((prio, name))
order = []
while not jobs.empty():
    order.append(jobs.get()[1])
print("priority order:", order)

undo = queue.LifoQueue(maxsize=3)
for action in ["type a", "type b", "delete"]:
    undo.put(action)
print("full:", undo.full(), "size:", undo.qsize())
try:
    undo.put_nowait("overflow")
except queue.Full:
    print("undo stack full")
print("undo:", undo.get(), "then", undo.get())
try:
    queue.Queue().get(timeout=0.01)
except queue.Empty:
    print("nothing queued")
