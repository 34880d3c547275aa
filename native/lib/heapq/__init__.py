# heapq: heap queue algorithms, as CPython's heapq. Shadows MicroPython's built-in heapq, whose C
# heappush/heappop/heapify (reached as uheapq) do the work for plain lists.
from uheapq import heappush as _c_heappush, heappop as _c_heappop, heapify as _c_heapify

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "merge", "nlargest", "nsmallest",
           "heappushpop"]


def _siftdown(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


def heappush(heap, item):
    if type(heap) is list:
        _c_heappush(heap, item)
        return
    if not isinstance(heap, list):
        raise TypeError("heappush() argument 1 must be list, not %s" % type(heap).__name__)
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap):
    if type(heap) is list:
        if not heap:
            raise IndexError("index out of range")
        return _c_heappop(heap)
    if not isinstance(heap, list):
        raise TypeError("heappop() argument must be list, not %s" % type(heap).__name__)
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup(heap, 0)
        return returnitem
    return lastelt


def heapify(x):
    if type(x) is list:
        _c_heapify(x)
        return
    if not isinstance(x, list):
        raise TypeError("heapify() argument must be list, not %s" % type(x).__name__)
    n = len(x)
    for i in reversed(range(n // 2)):
        _siftup(x, i)


def heapreplace(heap, item):
    if not isinstance(heap, list):
        raise TypeError("heapreplace() argument 1 must be list, not %s" % type(heap).__name__)
    returnitem = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return returnitem


def heappushpop(heap, item):
    if not isinstance(heap, list):
        raise TypeError("heappushpop() argument 1 must be list, not %s" % type(heap).__name__)
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def _siftdown_max(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if parent < newitem:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup_max(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[rightpos] < heap[childpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown_max(heap, startpos, pos)


def _heapify_max(x):
    for i in reversed(range(len(x) // 2)):
        _siftup_max(x, i)


def _heappop_max(heap):
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup_max(heap, 0)
        return returnitem
    return lastelt


def _heapreplace_max(heap, item):
    returnitem = heap[0]
    heap[0] = item
    _siftup_max(heap, 0)
    return returnitem


def merge(*iterables, key=None, reverse=False):
    # k-way merge with a heap of [value-key, order, value, iterator]; the order number keeps
    # the merge stable and never compares iterators
    h = []
    for order, it in enumerate(map(iter, iterables)):
        for value in it:
            k = value if key is None else key(value)
            h.append([_Rev(k) if reverse else k, order, value, it])
            break
    heapify(h)
    while len(h) > 1:
        entry = h[0]
        yield entry[2]
        for value in entry[3]:
            k = value if key is None else key(value)
            entry[0] = _Rev(k) if reverse else k
            entry[2] = value
            heapreplace(h, entry)
            break
        else:
            heappop(h)
    if h:
        entry = h[0]
        yield entry[2]
        yield from entry[3]


class _Rev:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return other.v < self.v

    def __gt__(self, other):
        return self.v < other.v

    def __eq__(self, other):
        return self.v == other.v


def nsmallest(n, iterable, key=None):
    # a max-heap of the n smallest so far, as (_Rev(key), -position, value); ties keep the
    # earlier element, as sorted() would
    if n <= 0:
        return []
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        result = min(it, default=sentinel, key=key) if key is not None else min(it, default=sentinel)
        return [] if result is sentinel else [result]
    h = []
    i = 0
    it = iter(iterable)
    for v in it:
        h.append((_Rev(v if key is None else key(v)), -i, v))
        i += 1
        if i == n:
            break
    if not h:
        return []
    heapify(h)
    top = h[0][0].v
    for v in it:
        k = v if key is None else key(v)
        if k < top:
            heapreplace(h, (_Rev(k), -i, v))
            top = h[0][0].v
        i += 1
    h.sort(key=_asc_key)
    return [e[2] for e in h]


def _asc_key(e):
    return _Pair(e[0].v, -e[1])


def nlargest(n, iterable, key=None):
    # a min-heap of the n largest so far, as (key, -position, value)
    if n <= 0:
        return []
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        result = max(it, default=sentinel, key=key) if key is not None else max(it, default=sentinel)
        return [] if result is sentinel else [result]
    h = []
    i = 0
    it = iter(iterable)
    for v in it:
        h.append((_Key(v if key is None else key(v)), -i, v))
        i += 1
        if i == n:
            break
    if not h:
        return []
    heapify(h)
    top = h[0][0].v
    for v in it:
        k = v if key is None else key(v)
        if top < k:
            heapreplace(h, (_Key(k), -i, v))
            top = h[0][0].v
        i += 1
    h.sort(key=_desc_key)
    return [e[2] for e in h]


def _desc_key(e):
    return _Pair(_Rev(e[0].v), -e[1])


class _Key:
    # wraps a key so heap entries never compare the values behind them
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v

    def __gt__(self, other):
        return other.v < self.v

    def __eq__(self, other):
        return self.v == other.v


def _first_then_index(d):
    return _Pair(d[0], d[1])


class _Pair:
    __slots__ = ("k", "i")

    def __init__(self, k, i):
        self.k = k
        self.i = i

    def __lt__(self, other):
        if self.k < other.k:
            return True
        if other.k < self.k:
            return False
        return self.i < other.i
