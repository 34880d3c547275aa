# functools: higher-order functions and operations on callables, as CPython's functools.
#
# MicroPython functions take no attributes, so update_wrapper() copies what it can and skips the
# rest; the callables made here (partial, lru_cache wrappers, singledispatch) are objects that
# carry their attributes themselves.

WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__", "__annotations__")
WRAPPER_UPDATES = ("__dict__",)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            continue
        try:
            setattr(wrapper, attr, value)
        except (AttributeError, TypeError):
            pass
    for attr in updated:
        try:
            src = getattr(wrapped, attr)
            dst = getattr(wrapper, attr)
        except AttributeError:
            continue
        try:
            for k in src:
                if k not in WRAPPER_ASSIGNMENTS:
                    setattr(wrapper, k, src[k])
        except (AttributeError, TypeError):
            pass
    try:
        wrapper.__wrapped__ = wrapped
    except (AttributeError, TypeError):
        pass
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


_initial_missing = object()


def reduce(function, sequence, initial=_initial_missing):
    it = iter(sequence)
    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


class partial:
    def __init__(self, func, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, partial):
            args = func.args + args
            kw = dict(func.keywords)
            kw.update(keywords)
            keywords = kw
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, *args, **keywords):
        if self.keywords:
            kw = dict(self.keywords)
            kw.update(keywords)
            keywords = kw
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(a) for a in self.args)
        parts.extend("%s=%r" % (k, v) for k, v in self.keywords.items())
        name = type(self).__name__
        if type(self) is partial:
            name = "functools.partial"
        return "%s(%s)" % (name, ", ".join(parts))


class partialmethod:
    def __init__(self, func, *args, **keywords):
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            kw = dict(func.keywords)
            kw.update(keywords)
            self.keywords = kw
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __get__(self, obj, cls=None):
        func = self.func
        if isinstance(func, staticmethod):
            return partial(getattr(func, "__func__", func), *self.args, **self.keywords)
        if isinstance(func, classmethod):
            f = getattr(func, "__func__", None)
            if f is None:
                # MicroPython: reach the function by binding the classmethod to cls
                return partial(_bind_classmethod(func, cls), *self.args, **self.keywords)
            return partial(f, cls, *self.args, **self.keywords)
        if obj is None:
            return self
        return partial(func, obj, *self.args, **self.keywords)

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(a) for a in self.args)
        parts.extend("%s=%r" % (k, v) for k, v in self.keywords.items())
        return "functools.partialmethod(%s)" % ", ".join(parts)


def _bind_classmethod(cm, cls):
    # MicroPython's classmethod has no __func__: bind it through a throwaway subclass of cls
    return getattr(type(cls.__name__, (cls,), {"_partialmethod_cm": cm}), "_partialmethod_cm")


# ---- ordering helpers ----

def cmp_to_key(mycmp):
    class K:
        __slots__ = ("obj",)

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None
    return K


def _own_attr(cls, name):
    # Whether cls (or a base other than object) defines name itself.
    todo = [cls]
    seen = []
    while todo:
        c = todo.pop(0)
        if c is object or c in seen:
            continue
        seen.append(c)
        if name in c.__dict__:
            return c.__dict__[name] is not None
        todo.extend(c.__bases__)
    return False


def _from_lt(op):
    def ge(self, other):
        r = self.__lt__(other)
        return r if r is NotImplemented else not r

    def le(self, other):
        r = self.__lt__(other)
        return r if r is NotImplemented else (r or self == other)

    def gt(self, other):
        r = self.__lt__(other)
        return r if r is NotImplemented else (not r and self != other)
    return {"__ge__": ge, "__le__": le, "__gt__": gt}[op]


def _from_le(op):
    def gt(self, other):
        r = self.__le__(other)
        return r if r is NotImplemented else not r

    def ge(self, other):
        r = self.__le__(other)
        return r if r is NotImplemented else (not r or self == other)

    def lt(self, other):
        r = self.__le__(other)
        return r if r is NotImplemented else (r and self != other)
    return {"__gt__": gt, "__ge__": ge, "__lt__": lt}[op]


def _from_gt(op):
    def le(self, other):
        r = self.__gt__(other)
        return r if r is NotImplemented else not r

    def ge(self, other):
        r = self.__gt__(other)
        return r if r is NotImplemented else (r or self == other)

    def lt(self, other):
        r = self.__gt__(other)
        return r if r is NotImplemented else (not r and self != other)
    return {"__le__": le, "__ge__": ge, "__lt__": lt}[op]


def _from_ge(op):
    def lt(self, other):
        r = self.__ge__(other)
        return r if r is NotImplemented else not r

    def le(self, other):
        r = self.__ge__(other)
        return r if r is NotImplemented else (not r or self == other)

    def gt(self, other):
        r = self.__ge__(other)
        return r if r is NotImplemented else (r and self != other)
    return {"__lt__": lt, "__le__": le, "__gt__": gt}[op]


def total_ordering(cls):
    makers = (("__lt__", _from_lt), ("__le__", _from_le), ("__gt__", _from_gt), ("__ge__", _from_ge))
    roots = [name for name, _ in makers if _own_attr(cls, name)]
    if not roots:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    root = roots[0]
    maker = dict(makers)[root]
    for name, _ in makers:
        if name not in roots:
            setattr(cls, name, maker(name))
    return cls


# ---- caches ----

_CacheInfo = None


def _cache_info_type():
    global _CacheInfo
    if _CacheInfo is None:
        from collections import namedtuple
        _CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])
    return _CacheInfo


class _HashedSeq(list):
    # A key for the cache that hashes once.
    def __init__(self, tup):
        list.__init__(self, tup)
        self.hashvalue = hash(tup)

    def __hash__(self):
        return self.hashvalue


_kwd_mark = (object(),)


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key += _kwd_mark
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in (int, str):
        return key[0]
    return key


class _BoundCached:
    def __init__(self, wrapper, obj):
        self.__wrapped__ = wrapper
        self.__self__ = obj

    def __call__(self, *args, **kwargs):
        return self.__wrapped__(self.__self__, *args, **kwargs)

    def cache_info(self):
        return self.__wrapped__.cache_info()

    def cache_clear(self):
        self.__wrapped__.cache_clear()

    def cache_parameters(self):
        return self.__wrapped__.cache_parameters()


class _LruCacheWrapper:
    def __init__(self, func, maxsize, typed):
        self.__wrapped__ = func
        self._maxsize = maxsize
        self._typed = typed
        self.cache_clear()
        update_wrapper(self, func)

    def cache_clear(self):
        self._cache = {}
        self._hits = self._misses = 0
        # circular doubly linked list of [prev, next, key, result]: root.next is the oldest
        root = []
        root[:] = [root, root, None, None]
        self._root = root

    def cache_info(self):
        return _cache_info_type()(self._hits, self._misses, self._maxsize, len(self._cache))

    def cache_parameters(self):
        return {"maxsize": self._maxsize, "typed": self._typed}

    def __call__(self, *args, **kwds):
        maxsize = self._maxsize
        func = self.__wrapped__
        if maxsize == 0:
            self._misses += 1
            return func(*args, **kwds)
        key = _make_key(args, kwds, self._typed)
        cache = self._cache
        if maxsize is None:
            try:
                result = cache[key]
            except KeyError:
                pass
            else:
                self._hits += 1
                return result
            self._misses += 1
            result = func(*args, **kwds)
            cache[key] = result
            return result
        link = cache.get(key)
        if link is not None:
            # move to the most recently used end
            prev, nxt = link[0], link[1]
            prev[1] = nxt
            nxt[0] = prev
            root = self._root
            last = root[0]
            last[1] = root[0] = link
            link[0] = last
            link[1] = root
            self._hits += 1
            return link[3]
        self._misses += 1
        result = func(*args, **kwds)
        if key in cache:
            # the call itself filled this key (recursion): keep what is there
            return result
        root = self._root
        if len(cache) >= maxsize:
            oldest = root[1]
            root[1] = oldest[1]
            oldest[1][0] = root
            del cache[oldest[2]]
        last = root[0]
        link = [last, root, key, result]
        last[1] = root[0] = link
        cache[key] = link
        return result

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return _BoundCached(self, obj)

    def __repr__(self):
        return "<functools._lru_cache_wrapper %r>" % (self.__wrapped__,)


def lru_cache(maxsize=128, typed=False):
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        return _LruCacheWrapper(user_function, maxsize, typed)
    elif maxsize is not None:
        raise TypeError("Expected first argument to be an integer, a callable, or None")

    def decorating_function(user_function):
        return _LruCacheWrapper(user_function, maxsize, typed)
    return decorating_function


def cache(user_function):
    return _LruCacheWrapper(user_function, None, False)


_NOT_FOUND = object()


class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = getattr(func, "__doc__", None)

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError("Cannot assign the same cached_property to two different names (%r and %r)."
                            % (self.attrname, name))

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError("Cannot use cached_property instance without calling __set_name__ on it.")
        d = getattr(instance, "__dict__", None)
        if d is not None and name in d:
            return d[name]
        val = self.func(instance)
        try:
            object.__setattr__(instance, name, val)
        except (AttributeError, TypeError):
            raise TypeError("No '__dict__' attribute on %r instance to cache %r property."
                            % (type(instance).__name__, name)) from None
        return val


# ---- singledispatch ----

def _mro(cls):
    # C3 linearisation from __bases__ (MicroPython types have no __mro__).
    mro = getattr(cls, "__mro__", None)
    if mro is not None:
        return list(mro)
    # bool is an int subclass in CPython; MicroPython's bool names only object as its base.
    bases = [int] if cls is bool else list(getattr(cls, "__bases__", ()))
    seqs = [_mro(b) for b in bases] + [bases]
    out = [cls]
    while True:
        seqs = [s for s in seqs if s]
        if not seqs:
            break
        for s in seqs:
            head = s[0]
            if not any(head in t[1:] for t in seqs):
                break
        else:
            raise TypeError("inconsistent hierarchy")
        out.append(head)
        for s in seqs:
            if s[0] is head:
                del s[0]
    if object not in out:
        out.append(object)
    return out


class _SingleDispatch:
    def __init__(self, func):
        self.registry = {object: func}
        self._cache = {}
        self.__wrapped__ = func
        update_wrapper(self, func)
        self._funcname = getattr(func, "__name__", "singledispatch function")

    def dispatch(self, cls):
        try:
            return self._cache[cls]
        except KeyError:
            pass
        impl = None
        for c in _mro(cls):
            if c is not object and c in self.registry:
                impl = self.registry[c]
                break
        if impl is None:
            # abstract base classes registered by the user
            for c, f in self.registry.items():
                if c is not object:
                    try:
                        if issubclass(cls, c):
                            impl = f
                            break
                    except TypeError:
                        pass
            if impl is None:
                impl = self.registry[object]
        self._cache[cls] = impl
        return impl

    def register(self, cls, func=None):
        if func is None:
            if isinstance(cls, type):
                return lambda f: self.register(cls, f)
            ann = getattr(cls, "__annotations__", None)
            if not ann:
                raise TypeError(
                    "Invalid first argument to `register()`: %r. Use either `@register(some_class)` "
                    "or plain `@register` on an annotated function." % (cls,))
            func = cls
            cls = list(ann.values())[0]
        self.registry[cls] = func
        self._cache = {}
        return func

    def __call__(self, *args, **kw):
        if not args:
            raise TypeError("%s requires at least 1 positional argument" % self._funcname)
        return self.dispatch(type(args[0]))(*args, **kw)

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return partial(self, obj)


def singledispatch(func):
    return _SingleDispatch(func)


class singledispatchmethod:
    def __init__(self, func):
        self.dispatcher = _SingleDispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, method)

    def __get__(self, obj, cls=None):
        dispatcher = self.dispatcher

        def _method(*args, **kwargs):
            f = dispatcher.dispatch(type(args[0]))
            if isinstance(f, (classmethod, staticmethod)):
                f = f.__func__
            return f(obj, *args, **kwargs) if obj is not None else f(*args, **kwargs)
        return _method
