import asyncio


async def producer(queue, n):
    for i in range(n):
        await queue.put(i)
        await asyncio.sleep(0)
    print("produced", n)


async def worker(name, queue, results):
    while True:
        item = await queue.get()
        results.append((name, item * item))
        queue.task_done()


async def main():
    queue = asyncio.Queue(maxsize=2)
    results = []
    workers = [asyncio.create_task(worker(f"w{i}", queue, results)) for i in range(3)]
    await producer(queue, 8)
    await queue.join()
    for w in workers:
        w.cancel()
    print(sorted(r[1] for r in results))
    print(queue.empty(), queue.qsize(), queue.full(), queue.maxsize)

    q = asyncio.Queue()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("empty")
    full = asyncio.Queue(1)
    full.put_nowait("x")
    try:
        full.put_nowait("y")
    except asyncio.QueueFull:
        print("full")

    pq = asyncio.PriorityQueue()
    for p in [(3, "low"), (1, "high"), (2, "mid")]:
        pq.put_nowait(p)
    print([pq.get_nowait()[1] for _ in range(3)])
    lq = asyncio.LifoQueue()
    for i in range(3):
        await lq.put(i)
    popped = []
    while not lq.empty():
        popped.append(await lq.get())
    print(popped)

    sem = asyncio.Semaphore(2)
    active = []
    peak = [0]

    async def limited(i):
        async with sem:
            active.append(i)
            peak[0] = max(peak[0], len(active))
            await asyncio.sleep(0.01)
            active.remove(i)
        return i

    print(await asyncio.gather(*(limited(i) for i in range(5))), "peak", peak[0])
    ev = asyncio.Event()

    async def waiter():
        await ev.wait()
        return "woken"

    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    ev.set()
    print(await t)
    lock = asyncio.Lock()
    async with lock:
        print("locked", lock.locked())
    print("unlocked", lock.locked())


asyncio.run(main())
