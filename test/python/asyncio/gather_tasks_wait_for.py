import asyncio


async def fetch(name, delay):
    await asyncio.sleep(delay)
    return f"{name} done after {delay}s"


async def slow():
    await asyncio.sleep(1)
    return "never"


async def main():
    results = await asyncio.gather(fetch("a", 0.02), fetch("b", 0.01), fetch("c", 0))
    print(results)
    task = asyncio.create_task(fetch("task", 0.01))
    print(await task)
    print(await asyncio.sleep(0, result="slept"))
    try:
        await asyncio.wait_for(slow(), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out")
    print(await asyncio.wait_for(fetch("quick", 0), timeout=1))
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.01)
    except asyncio.TimeoutError:
        print("sleep timed out")
    # sleeps passed around as awaitables
    sleeps = [asyncio.sleep(0.01, result=i) for i in range(3)]
    print(await asyncio.gather(*sleeps))
    t = asyncio.create_task(asyncio.sleep(0.01))
    await t
    print("task of a sleep finished")
    return 42


print(asyncio.run(main()))
