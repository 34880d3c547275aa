# match inside functions, loops, generators, async code and methods.
import asyncio

def tokenize(text):
    for ch in text:
        match ch:
            case " ":
                continue
            case "#":
                break
            case "0" | "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9":
                yield ("digit", int(ch))
            case "+" | "-" | "*" | "/" as op:
                yield ("op", op)
            case other:
                yield ("char", other)

print(list(tokenize("1 + 2*x # comment")))

def find(items, wanted):
    for i, item in enumerate(items):
        match item:
            case {"id": id_} if id_ == wanted:
                return i
            case {"children": [*children]}:
                for c in children:
                    match c:
                        case {"id": cid} if cid == wanted:
                            return (i, cid)
    else:
        return None

tree = [{"id": 1}, {"children": [{"id": 5}, {"id": 6}]}, {"id": 7}]
print(find(tree, 7), find(tree, 6), find(tree, 9))

class Machine:
    def __init__(self):
        self.state = "idle"
        self.log = []

    def feed(self, event):
        match (self.state, event):
            case ("idle", "start"):
                self.state = "running"
            case ("running", "pause"):
                self.state = "paused"
            case ("paused", "start"):
                self.state = "running"
            case (_, "stop"):
                self.state = "idle"
            case (state, bad):
                self.log.append(f"ignored {bad} while {state}")
        return self

m = Machine()
for e in ["start", "pause", "pause", "start", "stop", "pause"]:
    m.feed(e)
print(m.state, m.log)

async def worker(queue, results):
    while True:
        job = await queue.get()
        match job:
            case None:
                queue.task_done()
                return
            case ("add", a, b):
                await asyncio.sleep(0)
                results.append(a + b)
            case ("upper", str(s)):
                results.append(s.upper())
            case _:
                results.append(f"bad job {job!r}")
        queue.task_done()

async def main():
    q = asyncio.Queue()
    results = []
    for job in [("add", 1, 2), ("upper", "hi"), 42, ("add", 10, 20), None]:
        q.put_nowait(job)
    await worker(q, results)
    print(results)

asyncio.run(main())

def collatz(n):
    steps = 0
    while True:
        match n:
            case 1:
                return steps
            case n if n % 2 == 0:
                n //= 2
            case _:
                n = 3 * n + 1
        steps += 1

print([collatz(k) for k in range(1, 12)])

def safe_div(pair):
    match pair:
        case (a, b):
            try:
                return a / b
            except ZeroDivisionError:
                return "inf"
            finally:
                print("checked", pair)

print(safe_div((1, 2)), safe_div((1, 0)))
