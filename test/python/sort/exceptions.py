# A comparison or key function that raises: the exception propagates and the list still holds
# exactly its elements. A list changed during the sort raises ValueError.
class Boom(Exception):
    pass

class Item:
    budget = [0]
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        Item.budget[0] -= 1
        if Item.budget[0] < 0:
            raise Boom()
        return self.v < other.v

def trial(n, budget, reverse=False):
    items = [Item((i * 37) % n) for i in range(n)]
    before = sorted(id(x) for x in items)
    Item.budget[0] = budget
    try:
        items.sort(reverse=reverse)
        outcome = "sorted"
    except Boom:
        outcome = "raised"
    same = sorted(id(x) for x in items) == before and len(items) == n
    return outcome, same

results = set()
for n in (2, 5, 31, 32, 33, 64, 100, 500):
    for budget in (0, 1, n // 2, n, 2 * n, 5 * n, 100 * n):
        for rev in (False, True):
            results.add(trial(n, budget, rev))
print(sorted(results))

def bad_key(x):
    if x == 13:
        raise KeyError(x)
    return -x
lst = list(range(40))
try:
    lst.sort(key=bad_key)
except KeyError as e:
    print("KeyError", e.args)
print(lst == list(range(40)))

try:
    sorted([3, 1, "two", 4])
except TypeError:
    print("TypeError")
mixed = [5, 3, "x", 1, 2]
try:
    mixed.sort()
except TypeError:
    print("TypeError", sorted(map(str, mixed)))

# the list looks empty to code run during the sort, and changing it is an error
seen = []
a = [3, 1, 2]
def peek(x):
    seen.append(len(a))
    return x
a.sort(key=peek)
print(a, seen)
b = list(range(50, 0, -1))
def grow(x):
    b.append(x)
    return x
try:
    b.sort(key=grow)
except ValueError:
    print("ValueError")
print(len(b), b[:5], b[-3:])
