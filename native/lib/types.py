# types: names for built-in types, SimpleNamespace and helpers, as CPython's types.
import sys


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)


def _g():
    yield 1


GeneratorType = type(_g())


async def _c():
    pass


_co = _c()
CoroutineType = type(_co)
try:
    _co.close()
except Exception:
    pass
del _co


try:
    _ns = {}
    exec("async def _ag():\n    yield 1\n", _ns)
    AsyncGeneratorType = type(_ns["_ag"]())
except SyntaxError:
    AsyncGeneratorType = None


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
try:
    CodeType = type(_f.__code__)
except AttributeError:
    CodeType = None
del _C, _f, _g, _c


class SimpleNamespace:
    def __init__(self, *args, **kwargs):
        if len(args) > 1:
            raise TypeError("SimpleNamespace expected at most 1 argument, got %d" % len(args))
        if args:
            src = args[0]
            items = src.items() if hasattr(src, "items") else src
            for k, v in items:
                if not isinstance(k, str):
                    raise TypeError("keywords must be strings")
                setattr(self, k, v)
        for k in kwargs:
            setattr(self, k, kwargs[k])

    def __repr__(self):
        d = self.__dict__
        return "%s(%s)" % ("namespace" if type(self) is SimpleNamespace else type(self).__name__,
                           ", ".join("%s=%r" % (k, d[k]) for k in d))

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None


class MappingProxyType:
    __slots__ = ("_m",)

    def __init__(self, mapping):
        if not hasattr(mapping, "keys") or not hasattr(mapping, "__getitem__") and not isinstance(mapping, dict):
            raise TypeError("mappingproxy() argument must be a mapping, not %s" % type(mapping).__name__)
        self._m = mapping

    def __getitem__(self, key):
        return self._m[key]

    def __iter__(self):
        return iter(self._m)

    def __len__(self):
        return len(self._m)

    def __contains__(self, key):
        return key in self._m

    def get(self, key, default=None):
        return self._m.get(key, default)

    def keys(self):
        return self._m.keys()

    def values(self):
        return self._m.values()

    def items(self):
        return self._m.items()

    def copy(self):
        return self._m.copy()

    def __repr__(self):
        return "mappingproxy(%r)" % (self._m,)

    def __eq__(self, other):
        return self._m == other

    def __or__(self, other):
        d = dict(self._m)
        d.update(other)
        return d


def new_class(name, bases=(), kwds=None, exec_body=None):
    ns = {}
    if exec_body is not None:
        exec_body(ns)
    meta = (kwds or {}).get("metaclass", type)
    return meta(name, tuple(resolve_bases(bases)), ns)


def resolve_bases(bases):
    out = []
    for b in bases:
        if isinstance(b, type):
            out.append(b)
            continue
        mro_entries = getattr(b, "__mro_entries__", None)
        if mro_entries is None:
            out.append(b)
        else:
            out.extend(mro_entries(tuple(bases)))
    return tuple(out)


def prepare_class(name, bases=(), kwds=None):
    kwds = dict(kwds or {})
    meta = kwds.pop("metaclass", type)
    return meta, {}, kwds


def coroutine(func):
    return func


class GenericAlias:
    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)

    def __repr__(self):
        def r(a):
            return a.__name__ if isinstance(a, type) else repr(a)
        return "%s[%s]" % (r(self.__origin__), ", ".join(r(a) for a in self.__args__))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __eq__(self, other):
        return (isinstance(other, GenericAlias) and self.__origin__ == other.__origin__
                and self.__args__ == other.__args__)


class DynamicClassAttribute(property):
    pass
