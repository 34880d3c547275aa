/**
 * Allocation-heavy programs that keep large structures alive while they build more, each ending
 * with a checksum of everything it built. If a collection ever frees or moves something still in
 * use, the checksum changes (or the VM traps).
 */
export const CHECKSUM = `
def _mix(h, x):
    return (h * 1000003 + x) % 2305843009213693951
def checksum(value, h=7, depth=0):
    t = type(value)
    if t is int:
        return _mix(h, value % 2305843009213693951)
    if t is str:
        h = _mix(h, len(value))
        for c in value[:64]:
            h = _mix(h, ord(c))
        return h
    if t is bytes or t is bytearray:
        return _mix(_mix(h, len(value)), sum(value[:64]))
    if t is float:
        return _mix(h, int(value * 1000))
    if t is bool or value is None:
        return _mix(h, 3 if value else 5)
    if t is dict:
        for k in sorted(value, key=repr):
            h = checksum(value[k], checksum(k, h, depth + 1), depth + 1)
        return h
    if t is list or t is tuple:
        h = _mix(h, len(value))
        for item in value:
            h = checksum(item, h, depth + 1)
        return h
    if t is set or t is frozenset:
        return checksum(sorted(value, key=repr), h, depth + 1)
    return _mix(h, len(repr(value)))
`;

/**
 * Forced-collection threshold (bytes of allocation between collections) per program: 16 means a
 * collection before nearly every allocation; the heavier programs use 256 so the suite stays fast
 * while still collecting every few allocations at every site they exercise.
 */
export const TORTURE_THRESHOLD: Record<string, number> = {
  dictOfLists: 256, closures: 16, generators: 256, exceptionsInFlight: 256, sortedWithKeys: 256,
  stringJoins: 256, bigInts: 16, objects: 256, nestedComprehensions: 16, jsonRoundTrip: 256,
  regex: 16, bytesWork: 16, sets: 16, recursionWithLists: 16,
};

export const GC_PROGRAMS: Record<string, string> = {
  dictOfLists: `
d = {}
for i in range(1200):
    d.setdefault(i % 53, []).append(str(i) * (i % 5 + 1))
    if i % 7 == 0:
        d[i % 53] = d[i % 53][-20:]
print(checksum(d))`,

  closures: `
def make(i):
    data = [i, str(i), [i] * 3]
    def f(x):
        data.append(x)
        return len(data) + data[0]
    return f
fs = [make(i) for i in range(300)]
total = 0
for round_ in range(3):
    for f in fs:
        total += f(str(round_) * 10)
print(total, checksum([f(0) for f in fs]))`,

  generators: `
def words(n):
    for i in range(n):
        yield "w%d" % i
def pairs(it):
    prev = None
    for w in it:
        if prev is not None:
            yield (prev, w, prev + w)
        prev = w
def chain():
    yield from pairs(words(600))
    yield from ((str(i), [i] * 2) for i in range(200))
out = list(chain())
print(len(out), checksum(out))`,

  exceptionsInFlight: `
class Payload(Exception):
    def __init__(self, data):
        super().__init__("payload")
        self.data = data
log = []
for i in range(150):
    try:
        try:
            raise Payload([str(i)] * 5)
        finally:
            log.append({"i": i, "tmp": [i] * 4})
    except Payload as e:
        log[-1]["caught"] = e.data + [repr(e)]
    try:
        {}[str(i)]
    except KeyError as k:
        log.append(str(k) * 2)
print(len(log), checksum(log))`,

  sortedWithKeys: `
items = [(i % 97, str(i * 7919 % 1000), [i]) for i in range(1000)]
by_key = sorted(items, key=lambda t: (t[1], t[0]))
mapped = list(map(lambda t: t[1] + ":" + str(t[0]), by_key))
filtered = [m for m in mapped if m.endswith("7")]
print(checksum(by_key[:200]), checksum(mapped[:300]), len(filtered))`,

  stringJoins: `
parts = []
for i in range(700):
    parts.append("-".join(str(j) for j in range(i % 13)))
big = "|".join(parts)
pieces = big.split("|")
replaced = [p.replace("-", "+").upper() for p in pieces]
print(len(big), checksum(replaced), checksum(big))`,

  bigInts: `
acc = 1
vals = []
for i in range(1, 200):
    acc = acc * i + (i ** 7)
    vals.append(acc % (10 ** 30))
    vals.append(pow(i, 77, 10 ** 18 + 9))
print(checksum(vals), acc % 1000000007, len(str(acc)))`,

  objects: `
class Node:
    def __init__(self, value, parent=None):
        self.value = value
        self.children = []
        self.parent = parent
        self.label = "n%d" % value
    def add(self, v):
        c = Node(v, self)
        self.children.append(c)
        return c
root = Node(0)
frontier = [root]
count = 1
while count < 1000:
    nxt = []
    for n in frontier:
        for k in range(3):
            nxt.append(n.add(count))
            count += 1
    frontier = nxt
def walk(n):
    return [n.label, [walk(c) for c in n.children]] if n.children else n.label
print(count, checksum(walk(root)))`,

  nestedComprehensions: `
grid = [[str(r * c) for c in range(20)] for r in range(30)]
transposed = [[grid[r][c] for r in range(30)] for c in range(20)]
flat = [x for row in transposed for x in row if len(x) > 1]
table = {r: {c: grid[r][c] for c in range(0, 20, 3)} for r in range(0, 30, 2)}
print(len(flat), checksum(transposed), checksum(table))`,

  jsonRoundTrip: `
import json
doc = {"rows": [{"id": i, "name": "row%d" % i, "tags": ["t%d" % (i % 5), "x"], "v": i / 4} for i in range(250)]}
for _ in range(3):
    doc = json.loads(json.dumps(doc))
    doc["rows"].append({"id": -1, "name": "extra", "tags": [], "v": 0.5})
print(len(doc["rows"]), checksum(doc))`,

  regex: `
import re
pat = re.compile(r"([a-z]+)(\\d+)")
found = []
for i in range(500):
    m = pat.match("key%d=value" % i)
    if m:
        found.append((m.group(1), int(m.group(2)), re.sub(r"\\d", "#", m.group(0))))
print(len(found), checksum(found))`,

  bytesWork: `
chunks = []
ba = bytearray()
for i in range(900):
    b = bytes([i % 256, (i * 7) % 256]) * (i % 9 + 1)
    chunks.append(b)
    ba.extend(b[:3])
joined = b"".join(chunks)
print(len(joined), len(ba), checksum(chunks), checksum(bytes(ba)))`,

  sets: `
a = set()
b = set()
for i in range(1000):
    a.add(str(i % 1111))
    b.add(str(i % 777))
u = a | b
inter = sorted(a & b)
diff = sorted(a - b)
print(len(u), checksum(inter), checksum(diff[:300]))`,

  recursionWithLists: `
def build(depth, width):
    if depth == 0:
        return [str(width)] * width
    return [build(depth - 1, width) for _ in range(width)] + [str(depth)]
def flatten(x, out):
    if isinstance(x, list):
        for y in x:
            flatten(y, out)
    else:
        out.append(x)
    return out
tree = build(4, 4)
flat = flatten(tree, [])
print(len(flat), checksum(flat[:500]), checksum(tree))`,
};
