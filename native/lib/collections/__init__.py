# collections: container datatypes, as CPython's collections. Shadows MicroPython's built-in
# module (extensible built-ins give way to a module of the same name); the C parts are reached
# as `ucollections`.
from ucollections import OrderedDict as _COrderedDict, namedtuple as _cnamedtuple, deque as _CDeque
import sys as _sys

__all__ = ["ChainMap", "Counter", "OrderedDict", "UserDict", "UserList", "UserString",
           "defaultdict", "deque", "namedtuple"]


def __getattr__(name):
    if name == "abc":
        from . import abc
        return abc
    raise AttributeError("module 'collections' has no attribute '%s'" % name)


def _keys_are_identifiers(name):
    if not name or not isinstance(name, str):
        return False
    c = name[0]
    if not (c == "_" or c.isalpha()):
        return False
    for c in name:
        if not (c == "_" or c.isalpha() or c.isdigit()):
            return False
    return True


_KEYWORDS = frozenset((
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
    "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
    "return", "try", "while", "with", "yield"))


# ---------------------------------------------------------------- deque

class deque:
    # Items live in MicroPython's C deque (a fixed-size ring): a bounded deque is one of
    # maxlen slots, which drops items from the far end as CPython's does; an unbounded one
    # raises when full (flag 1) and is then copied into one twice as large.
    __slots__ = ("_d", "_maxlen", "_cap")
    __abc_tpflags__ = 1 << 5  # a sequence for the match statement, as CPython's deque

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
            self._d = _CDeque((), maxlen)
            self._cap = maxlen
        else:
            self._d = _CDeque((), 16, 1)
            self._cap = 16
        self._maxlen = maxlen
        if iterable != ():
            self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def _grow(self):
        self._cap *= 2
        self._d = _CDeque(self._d, self._cap, 1)

    def append(self, x):
        try:
            self._d.append(x)
        except IndexError:
            self._grow()
            self._d.append(x)

    def appendleft(self, x):
        try:
            self._d.appendleft(x)
        except IndexError:
            self._grow()
            self._d.appendleft(x)

    def pop(self):
        try:
            return self._d.pop()
        except IndexError:
            raise IndexError("pop from an empty deque") from None

    def popleft(self):
        try:
            return self._d.popleft()
        except IndexError:
            raise IndexError("pop from an empty deque") from None

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        append = self.append
        for x in iterable:
            append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        appendleft = self.appendleft
        for x in iterable:
            appendleft(x)

    def clear(self):
        if self._maxlen is None:
            self._cap = 16
            self._d = _CDeque((), 16, 1)
        else:
            self._d = _CDeque((), self._maxlen)

    def copy(self):
        return self.__class__(self, self._maxlen)

    __copy__ = copy

    def __deepcopy__(self, memo):
        import copy
        d = self.__class__((), self._maxlen)
        memo[id(self)] = d
        d.extend(copy.deepcopy(list(self._d), memo))
        return d

    def count(self, x):
        n = 0
        for y in self._d:
            if y is x or y == x:
                n += 1
        return n

    def index(self, x, start=0, stop=None):
        n = len(self._d)
        if start < 0:
            start = max(n + start, 0)
        stop = n if stop is None else (max(n + stop, 0) if stop < 0 else min(stop, n))
        d = self._d
        for i in range(start, stop):
            y = d[i]
            if y is x or y == x:
                return i
        raise ValueError("%r is not in deque" % (x,))

    def _set(self, items):
        if self._maxlen is None:
            cap = 16
            while cap < len(items):
                cap *= 2
            self._cap = cap
            self._d = _CDeque(items, cap, 1)
        else:
            self._d = _CDeque(items, self._maxlen)

    def insert(self, i, x):
        if self._maxlen is not None and len(self._d) >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        items = list(self._d)
        items.insert(i, x)
        self._set(items)

    def remove(self, value):
        items = list(self._d)
        for i, y in enumerate(items):
            if y is value or y == value:
                del items[i]
                self._set(items)
                return
        raise ValueError("%r is not in deque" % (value,))

    def reverse(self):
        items = list(self._d)
        items.reverse()
        self._set(items)

    def rotate(self, n=1):
        length = len(self._d)
        if length <= 1:
            return
        n %= length
        if not n:
            return
        d = self._d
        if n <= length // 2:
            for _ in range(n):
                d.appendleft(d.pop())
        else:
            for _ in range(length - n):
                d.append(d.popleft())

    def _check_index(self, i):
        n = len(self._d)
        if not isinstance(i, int):
            raise TypeError("sequence index must be integer, not '%s'" % type(i).__name__)
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError("deque index out of range")
        return i

    def __getitem__(self, i):
        return self._d[self._check_index(i)]

    def __setitem__(self, i, x):
        self._d[self._check_index(i)] = x

    def __delitem__(self, i):
        i = self._check_index(i)
        items = list(self._d)
        del items[i]
        self._set(items)

    def __len__(self):
        return len(self._d)

    def __bool__(self):
        return len(self._d) > 0

    def __iter__(self):
        d = self._d
        n = len(d)
        for i in range(n):
            if d is not self._d or n != len(d):
                raise RuntimeError("deque mutated during iteration")
            yield d[i]

    def __reversed__(self):
        d = self._d
        n = len(d)
        for i in range(n - 1, -1, -1):
            if d is not self._d or n != len(d):
                raise RuntimeError("deque mutated during iteration")
            yield d[i]

    def __contains__(self, x):
        for y in self._d:
            if y is x or y == x:
                return True
        return False

    def __repr__(self):
        name = type(self).__name__
        if self._maxlen is None:
            return "%s(%r)" % (name, list(self._d))
        return "%s(%r, maxlen=%d)" % (name, list(self._d), self._maxlen)

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self._d) == list(other._d)

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self._d) != list(other._d)

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self._d) < list(other._d)

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self._d) <= list(other._d)

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self._d) > list(other._d)

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self._d) >= list(other._d)

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque' % type(other).__name__)
        d = self.copy()
        d.extend(other)
        return d

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        d = self.__class__((), self._maxlen)
        items = list(self._d)
        for _ in range(n):
            d.extend(items)
        return d

    __rmul__ = __mul__

    def __imul__(self, n):
        items = list(self._d)
        self.clear()
        for _ in range(n):
            self.extend(items)
        return self


# ---------------------------------------------------------------- OrderedDict

class OrderedDict(_COrderedDict):
    def __init__(self, other=(), **kwds):
        super().__init__()
        self.update(other, **kwds)

    def update(self, other=(), **kwds):
        if hasattr(other, "keys"):
            for k in other.keys():
                self[k] = other[k]
        else:
            for k, v in other:
                self[k] = v
        for k in kwds:
            self[k] = kwds[k]

    def popitem(self, last=True):
        if not self:
            raise KeyError("dictionary is empty")
        key = next(reversed(self)) if last else next(iter(self))
        value = self.pop(key)
        return key, value

    def move_to_end(self, key, last=True):
        value = self.pop(key)
        if last:
            self[key] = value
        else:
            rest = list(self.items())
            self.clear()
            self[key] = value
            for k, v in rest:
                self[k] = v

    def __reversed__(self):
        return reversed(list(self.keys()))

    def __repr__(self):
        if not self:
            return "%s()" % type(self).__name__
        return "%s(%r)" % (type(self).__name__, list(self.items()))

    __str__ = __repr__

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return list(self.items()) == list(other.items())
        return dict(self.items()) == other

    def __ne__(self, other):
        return not self == other

    __hash__ = None

    def copy(self):
        return self.__class__(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for k in iterable:
            d[k] = value
        return d

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        d = self.copy()
        d.update(other)
        return d

    def __ior__(self, other):
        self.update(other)
        return self


# ---------------------------------------------------------------- defaultdict

class defaultdict(dict):
    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        super().__init__(*args)
        if kwargs:
            self.update(kwargs)
        self.default_factory = default_factory

    def __getitem__(self, key):
        try:
            return super().__getitem__(key)
        except KeyError:
            return self.__missing__(key)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self):
        f = self.default_factory
        return "%s(%s, %s)" % (type(self).__name__, "None" if f is None else repr(f), _dict_repr(self))

    __str__ = __repr__

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        d = self.copy()
        d.update(other)
        return d

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        d = type(self)(self.default_factory, other)
        d.update(self)
        return d


# ---------------------------------------------------------------- Counter

class Counter(dict):
    def __init__(self, iterable=None, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __getitem__(self, key):
        try:
            return super(Counter, self).__getitem__(key)
        except KeyError:
            return self.__missing__(key)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        items = sorted(self.items(), key=_second, reverse=True)
        if n is None:
            return items
        return items[:max(n, 0)]

    def elements(self):
        for elem, count in self.items():
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError("Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")

    def update(self, iterable=None, **kwds):
        if iterable is not None:
            if hasattr(iterable, "keys"):
                get = self.get
                for elem in iterable.keys():
                    self[elem] = get(elem, 0) + iterable[elem]
            else:
                get = self.get
                for elem in iterable:
                    self[elem] = get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, **kwds):
        if iterable is not None:
            get = self.get
            if hasattr(iterable, "keys"):
                for elem in iterable.keys():
                    self[elem] = get(elem, 0) - iterable[elem]
            else:
                for elem in iterable:
                    self[elem] = get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return self.__class__(self)

    __copy__ = copy

    def __delitem__(self, elem):
        if elem in self:
            super(Counter, self).__delitem__(elem)

    def __repr__(self):
        if not self:
            return "%s()" % type(self).__name__
        try:
            d = "{" + ", ".join("%r: %r" % kv for kv in self.most_common()) + "}"
        except TypeError:
            d = _dict_repr(self)
        return "%s(%s)" % (type(self).__name__, d)

    __str__ = __repr__

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        for elem in [e for e, c in self.items() if not c > 0]:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in list(self.items()):
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


def _dict_repr(d):
    return "{" + ", ".join(["%r: %r" % kv for kv in d.items()]) + "}"


def _second(item):
    return item[1]


# ---------------------------------------------------------------- namedtuple

def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = [str(x) for x in field_names]
    typename = str(typename)
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not _keys_are_identifiers(name) or name in _KEYWORDS
                    or name.startswith("_") or name in seen):
                field_names[index] = "_%d" % index
            seen.add(name)
    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError("Type names and field names must be strings")
        if not _keys_are_identifiers(name):
            raise ValueError("Type names and field names must be valid identifiers: %r" % name)
        if name in _KEYWORDS:
            raise ValueError("Type names and field names cannot be a keyword: %r" % name)
    seen = set()
    for name in field_names:
        if name.startswith("_") and not rename:
            raise ValueError("Field names cannot start with an underscore: %r" % name)
        if name in seen:
            raise ValueError("Encountered duplicate field name: %r" % name)
        seen.add(name)
    fields = tuple(field_names)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(fields):
            raise TypeError("Got more default values than field names")
        field_defaults = dict(zip(fields[len(fields) - len(defaults):], defaults))

    base = _cnamedtuple(typename, fields)
    nfields = len(fields)

    def _make(cls, iterable):
        result = cls(*iterable)
        return result

    def _replace(self, **kwds):
        values = [kwds.pop(name, value) for name, value in zip(fields, self)]
        if kwds:
            raise ValueError("Got unexpected field names: %r" % list(kwds))
        return self.__class__(*values)

    def _asdict(self):
        return dict(zip(fields, self))

    def __getnewargs__(self):
        return tuple(self)

    def __repr__(self):
        # the class's own name, also for subclasses (the C base prints the namedtuple's name)
        return "%s(%s)" % (type(self).__name__, ", ".join("%s=%r" % pair for pair in zip(fields, self)))

    def __setattr__(self, name, value):
        # fields are read-only; the class itself has no instance attributes (__slots__ = ()),
        # a subclass without __slots__ has them, as in CPython
        if name in fields:
            raise AttributeError("can't set attribute")
        if type(self) is cls:
            raise AttributeError("'%s' object has no attribute '%s'" % (typename, name))
        object.__setattr__(self, name, value)

    ns = {
        "__slots__": (),
        "_fields": fields,
        "_field_defaults": field_defaults,
        "__match_args__": fields,
        "_make": classmethod(_make),
        "_replace": _replace,
        "_asdict": _asdict,
        "__getnewargs__": __getnewargs__,
        "__setattr__": __setattr__,
        "__repr__": __repr__,
        "__str__": __repr__,
    }

    if True:
        def __init__(self, *args, **kwds):
            if len(args) > nfields:
                raise TypeError("%s.__new__() takes %d positional arguments but %d were given"
                                % (typename, nfields + 1, len(args) + 1))
            if len(args) == nfields and not kwds:
                super(cls, self).__init__(*args)
                return
            values = list(args)
            for name in fields[len(args):]:
                if name in kwds:
                    values.append(kwds.pop(name))
                elif name in field_defaults:
                    values.append(field_defaults[name])
                else:
                    missing = [n for n in fields[len(values):] if n not in kwds and n not in field_defaults]
                    raise TypeError("%s.__new__() missing %d required positional argument%s: %s" % (
                        typename, len(missing), "s" if len(missing) != 1 else "",
                        " and ".join(", ".join(repr(m) for m in missing).rsplit(", ", 1))))
            for name in kwds:
                if name in fields:
                    raise TypeError("%s.__new__() got multiple values for argument '%s'" % (typename, name))
                raise TypeError("%s.__new__() got an unexpected keyword argument '%s'" % (typename, name))
            super(cls, self).__init__(*values)
        ns["__init__"] = __init__

    cls = type(typename, (base,), ns)
    if module is None:
        module = "__main__"
    try:
        cls.__module__ = module
    except (AttributeError, TypeError):
        pass
    return cls


# ---------------------------------------------------------------- ChainMap

class ChainMap:
    __abc_tpflags__ = 1 << 6  # a mapping for the match statement, as CPython's

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(self._keys())

    def _keys(self):
        seen = set()
        keys = []
        for mapping in reversed(self.maps):
            for k in mapping:
                if k not in seen:
                    seen.add(k)
                    keys.append(k)
        return keys

    def __iter__(self):
        return iter(self._keys())

    def keys(self):
        return self._keys()

    def items(self):
        return [(k, self[k]) for k in self._keys()]

    def values(self):
        return [self[k] for k in self._keys()]

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, ", ".join(map(repr, self.maps)))

    def __eq__(self, other):
        try:
            return dict(self.items()) == dict(other.items())
        except AttributeError:
            return NotImplemented

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError("Key not found in the first mapping: %r" % (key,))

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError("No keys found in the first mapping.")

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError("Key not found in the first mapping: %r" % (key,))

    def clear(self):
        self.maps[0].clear()

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def update(self, other=(), **kwds):
        if hasattr(other, "keys"):
            for k in other.keys():
                self[k] = other[k]
        else:
            for k, v in other:
                self[k] = v
        for k in kwds:
            self[k] = kwds[k]

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ior__(self, other):
        self.maps[0].update(other)
        return self


# ---------------------------------------------------------------- UserDict, UserList, UserString

class UserDict:
    __abc_tpflags__ = 1 << 6  # a mapping for the match statement, as CPython's

    def __init__(self, dict=None, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        missing = getattr(self.__class__, "__missing__", None)
        if missing is not None:
            return missing(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return repr(self.data)

    def __eq__(self, other):
        if isinstance(other, UserDict):
            other = other.data
        return self.data == other

    __hash__ = None

    def __or__(self, other):
        if isinstance(other, UserDict):
            other = other.data
        if isinstance(other, dict):
            d = self.copy()
            d.update(other)
            return d
        return NotImplemented

    def __ior__(self, other):
        self.update(other.data if isinstance(other, UserDict) else other)
        return self

    def keys(self):
        return self.data.keys()

    def items(self):
        return self.data.items()

    def values(self):
        return self.data.values()

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def pop(self, key, *default):
        if key in self.data:
            v = self.data[key]
            del self[key]
            return v
        if default:
            return default[0]
        raise KeyError(key)

    def popitem(self):
        for key in self.data:
            value = self.data[key]
            del self[key]
            return key, value
        raise KeyError("popitem(): dictionary is empty")

    def clear(self):
        self.data.clear()

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def update(self, other=(), **kwds):
        if hasattr(other, "keys"):
            for k in other.keys():
                self[k] = other[k]
        else:
            for k, v in other:
                self[k] = v
        for k in kwds:
            self[k] = kwds[k]

    def copy(self):
        inst = object.__new__(self.__class__)
        for k, v in self.__dict__.items():
            setattr(inst, k, v)
        inst.data = self.data.copy()
        return inst

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for key in iterable:
            d[key] = value
        return d


class UserList:
    __abc_tpflags__ = 1 << 5  # a sequence for the match statement, as CPython's

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if type(initlist) == type(self.data):
                self.data[:] = initlist
            elif isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def _cast(self, other):
        return other.data if isinstance(other, UserList) else other

    def __lt__(self, other):
        return self.data < self._cast(other)

    def __le__(self, other):
        return self.data <= self._cast(other)

    def __eq__(self, other):
        return self.data == self._cast(other)

    def __gt__(self, other):
        return self.data > self._cast(other)

    def __ge__(self, other):
        return self.data >= self._cast(other)

    __hash__ = None

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        return iter(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        if isinstance(other, UserList):
            return self.__class__(self.data + other.data)
        return self.__class__(self.data + list(other))

    def __radd__(self, other):
        if isinstance(other, UserList):
            return self.__class__(other.data + self.data)
        return self.__class__(list(other) + self.data)

    def __iadd__(self, other):
        self.data += list(self._cast(other))
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        self.data.extend(self._cast(other))


class UserString:
    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __hash__(self):
        return hash(self.data)

    def _cast(self, other):
        return other.data if isinstance(other, UserString) else other

    def __eq__(self, other):
        return self.data == self._cast(other)

    def __lt__(self, other):
        return self.data < self._cast(other)

    def __le__(self, other):
        return self.data <= self._cast(other)

    def __gt__(self, other):
        return self.data > self._cast(other)

    def __ge__(self, other):
        return self.data >= self._cast(other)

    def __contains__(self, char):
        return self._cast(char) in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __iter__(self):
        return iter(self.data)

    def __add__(self, other):
        if isinstance(other, UserString):
            return self.__class__(self.data + other.data)
        return self.__class__(self.data + str(other))

    def __radd__(self, other):
        return self.__class__(str(other) + self.data)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return self.__class__(self.data % args)

    def __getattr__(self, name):
        # every other str method: call it on the data, wrap str results
        attr = getattr(self.data, name)
        if not callable(attr):
            return attr

        def method(*args, **kwargs):
            args = [a.data if isinstance(a, UserString) else a for a in args]
            r = attr(*args, **kwargs)
            if isinstance(r, str):
                return self.__class__(r)
            return r
        return method
