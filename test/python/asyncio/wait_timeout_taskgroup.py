import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f"{name} failed")
    return name


async def main():
    t = asyncio.create_task(job("one", 0.01))
    print("done before:", t.done())
    await t
    print("done after:", t.done(), t.result(), t.exception(), t.cancelled())

    tasks = [asyncio.create_task(job(f"t{i}", 0.01 * i)) for i in range(3)]
    done, pending = await asyncio.wait(tasks)
    print("wait all:", sorted(x.result() for x in done), len(pending))

    tasks = [asyncio.create_task(job("fast", 0)), asyncio.create_task(job("slow", 0.05))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("first completed:", [x.result() for x in done], len(pending))
    await asyncio.gather(*pending)

    done, pending = await asyncio.wait([asyncio.create_task(job("late", 0.05))], timeout=0.01)
    print("with timeout:", len(done), len(pending))
    for p in pending:
        p.cancel()

    for coro in asyncio.as_completed([job("b", 0.02), job("a", 0.01), job("c", 0.03)]):
        print("as completed:", await coro)

    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except asyncio.TimeoutError:
        print("timeout block expired")
    async with asyncio.timeout(1):
        await asyncio.sleep(0)
    print("timeout block finished in time")

    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(job("a", 0.01))
        b = tg.create_task(job("b", 0))
    print("task group:", a.result(), b.result())

    failing = asyncio.create_task(job("bad", 0, fail=True))
    try:
        await failing
    except ValueError as e:
        print("awaited:", e)
    print("failed task:", failing.done(), type(failing.exception()).__name__, failing.cancelled())
    try:
        failing.result()
    except ValueError as e:
        print("result() raises:", e)

    sleeper = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    sleeper.cancel()
    try:
        await sleeper
    except asyncio.CancelledError:
        print("cancelled:", sleeper.cancelled())
    print(await asyncio.gather(job(1, 0), asyncio.sleep(0), return_exceptions=True))


asyncio.run(main())
