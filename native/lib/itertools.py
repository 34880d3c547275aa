# itertools: iterator building blocks, as CPython's itertools.


class count:
    def __init__(self, start=0, step=1):
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if self._step == 1:
            return "count(%r)" % (self._n,)
        return "count(%r, %r)" % (self._n, self._step)


def cycle(iterable):
    saved = []
    for element in iterable:
        yield element
        saved.append(element)
    if not saved:
        return
    while True:
        for element in saved:
            yield element


class repeat:
    def __init__(self, object, times=None):
        self._obj = object
        self._times = times if times is None or times > 0 else 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._obj
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._obj

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        if self._times is None:
            return "repeat(%r)" % (self._obj,)
        return "repeat(%r, %d)" % (self._obj, self._times)


def accumulate(iterable, func=None, *, initial=None):
    it = iter(iterable)
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total


def batched(iterable, n):
    if n < 1:
        raise ValueError("n must be at least one")
    it = iter(iterable)
    while True:
        batch = []
        for _ in range(n):
            try:
                batch.append(next(it))
            except StopIteration:
                if batch:
                    yield tuple(batch)
                return
        yield tuple(batch)


class chain:
    def __init__(self, *iterables):
        self._source = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterables):
        c = cls()
        c._source = iter(iterables)
        return c

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._active is None:
                self._active = iter(next(self._source))
            try:
                return next(self._active)
            except StopIteration:
                self._active = None


def compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def dropwhile(predicate, iterable):
    it = iter(iterable)
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def filterfalse(predicate, iterable):
    if predicate is None:
        predicate = bool
    for x in iterable:
        if not predicate(x):
            yield x


class groupby:
    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._started = False
        self._done = False
        self._id = None

    def __iter__(self):
        return self

    def __next__(self):
        self._id = object()
        if not self._started:
            self._started = True
            self._advance()
        elif self._done:
            raise StopIteration
        else:
            while self._currkey == self._tgtkey:
                self._advance()
        self._tgtkey = self._currkey
        return (self._currkey, self._grouper(self._tgtkey, self._id))

    def _advance(self):
        try:
            v = next(self._it)
        except StopIteration:
            self._done = True
            raise
        self._currvalue = v
        self._currkey = v if self._keyfunc is None else self._keyfunc(v)

    def _grouper(self, tgtkey, id):
        while self._id is id and not self._done and self._currkey == tgtkey:
            yield self._currvalue
            try:
                self._advance()
            except StopIteration:
                return


def islice(iterable, *args):
    if len(args) == 1:
        start, stop, step = 0, args[0], 1
    elif 2 <= len(args) <= 3:
        start, stop = args[0], args[1]
        step = args[2] if len(args) == 3 else None
        start = 0 if start is None else start
        step = 1 if step is None else step
    else:
        raise TypeError("islice expected 2 to 4 arguments, got %d" % (len(args) + 1))
    for v, name in ((start, "Indices"), (stop, "Stop")):
        if v is not None and (not isinstance(v, int) or v < 0):
            raise ValueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    if not isinstance(step, int) or step < 1:
        raise ValueError("Step for islice() must be a positive integer or None.")
    it = iter(iterable)
    i = 0
    nexti = start
    if stop is not None and stop <= start:
        # consume up to stop, as CPython does
        for _ in zip(range(stop), it):
            pass
        return
    for element in it:
        if i == nexti:
            yield element
            nexti += step
        i += 1
        if stop is not None and (i >= stop or nexti >= stop):
            return


def pairwise(iterable):
    it = iter(iterable)
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b


def starmap(function, iterable):
    for args in iterable:
        yield function(*args)


def takewhile(predicate, iterable):
    for x in iterable:
        if predicate(x):
            yield x
        else:
            break


class _TeeLink:
    __slots__ = ("value", "next")

    def __init__(self):
        self.next = None


class _tee:
    # All copies share a linked list of values; each holds its own position in it.
    def __init__(self, it, link):
        self._it = it
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            value = next(self._it)
            link.value = value
            link.next = _TeeLink()
        self._link = link.next
        return link.value

    def __copy__(self):
        return _tee(self._it, self._link)


def tee(iterable, n=2):
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    it = iter(iterable)
    if isinstance(it, _tee):
        first = it
    else:
        first = _tee(it, _TeeLink())
    return tuple([first] + [first.__copy__() for _ in range(n - 1)])


def zip_longest(*args, fillvalue=None):
    iterators = [iter(it) for it in args]
    num_active = len(iterators)
    if not num_active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            try:
                value = next(it)
            except StopIteration:
                num_active -= 1
                if not num_active:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)


def product(*args, repeat=1):
    pools = [tuple(pool) for pool in args] * repeat
    n = len(pools)
    for p in pools:
        if not p:
            return
    idx = [0] * n
    cur = [p[0] for p in pools]
    sizes = [len(p) for p in pools]
    while True:
        yield tuple(cur)
        # advance like an odometer, rightmost fastest; only changed positions are rewritten
        i = n - 1
        while i >= 0:
            j = idx[i] + 1
            if j < sizes[i]:
                idx[i] = j
                cur[i] = pools[i][j]
                break
            idx[i] = 0
            cur[i] = pools[i][0]
            i -= 1
        if i < 0:
            return


def permutations(iterable, r=None):
    # lexicographic order of index arrangements: next-permutation steps over all n indices;
    # for r < n the tail beyond r is reversed first, so each step changes the first r
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    if r < 0:
        raise ValueError("r must be non-negative")
    if r > n:
        return
    a = list(range(n))
    yield tuple([pool[i] for i in a[:r]])
    if n == 0:
        return
    while True:
        if r < n:
            tail = a[r:]
            tail.reverse()
            a[r:] = tail
        # next permutation of a
        i = n - 2
        while i >= 0 and a[i] >= a[i + 1]:
            i -= 1
        if i < 0:
            return
        j = n - 1
        while a[j] <= a[i]:
            j -= 1
        a[i], a[j] = a[j], a[i]
        tail = a[i + 1:]
        tail.reverse()
        a[i + 1:] = tail
        yield tuple([pool[k] for k in a[:r]])


def combinations(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    if r < 0:
        raise ValueError("r must be non-negative")
    if r > n:
        return
    idx = list(range(r))
    cur = [pool[i] for i in idx]
    yield tuple(cur)
    while True:
        i = r - 1
        while i >= 0 and idx[i] == i + n - r:
            i -= 1
        if i < 0:
            return
        idx[i] += 1
        cur[i] = pool[idx[i]]
        for j in range(i + 1, r):
            idx[j] = idx[j - 1] + 1
            cur[j] = pool[idx[j]]
        yield tuple(cur)


def combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    if r < 0:
        raise ValueError("r must be non-negative")
    if not n and r:
        return
    idx = [0] * r
    cur = [pool[0]] * r if r else []
    yield tuple(cur)
    while True:
        i = r - 1
        while i >= 0 and idx[i] == n - 1:
            i -= 1
        if i < 0:
            return
        v = idx[i] + 1
        x = pool[v]
        for j in range(i, r):
            idx[j] = v
            cur[j] = x
        yield tuple(cur)
