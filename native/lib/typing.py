# typing: the names of CPython's typing module, enough for annotated code to import and run.
# Subscripting gives alias objects that remember their origin and arguments (get_origin,
# get_args); the runtime checks CPython makes are mostly left out.
import collections as _collections

# The frozen-module build maps the string constants "." and "~" onto other qstrs
# ("_dot_", U+02DC): they are spelled with chr() here.
_TILDE = chr(126)


TYPE_CHECKING = False

__all__ = ["Any", "Callable", "ClassVar", "Final", "Generic", "Literal", "Optional", "Protocol",
           "Tuple", "Type", "TypeVar", "Union", "List", "Dict", "Set", "FrozenSet", "NamedTuple",
           "TypedDict", "cast", "overload", "TYPE_CHECKING"]


def _type_repr(obj):
    if isinstance(obj, type):
        if getattr(obj, "__module__", "builtins") == "builtins" or obj in (int, str, float, bool, bytes, list, dict, tuple,
                                                   set, frozenset, object, complex, bytearray, type):
            return obj.__name__
        return "%s.%s" % (obj.__module__, getattr(obj, "__qualname__", obj.__name__))
    if obj is ...:
        return "..."
    if obj is None or obj is type(None):
        return "None"
    if isinstance(obj, list):
        return "[%s]" % ", ".join(_type_repr(a) for a in obj)
    if isinstance(obj, str):
        return repr(obj) if False else obj
    return repr(obj)


class _Final:
    __slots__ = ()


class _SpecialForm(_Final):
    # Any, Union, Optional, ClassVar, Final, Literal, ...
    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        if self._getitem is None:
            raise TypeError("%s is not subscriptable" % self._name)
        return self._getitem(self, params)

    def __call__(self, *args, **kwds):
        raise TypeError("Cannot instantiate %r" % self)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __eq__(self, other):
        return self is other

    def __hash__(self):
        return hash(self._name)


class _GenericAlias(_Final):
    # List[int], Dict[str, int], Callable[[int], str], ...
    def __init__(self, origin, args, name=None, special_repr=None):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self._name = name
        self._special_repr = special_repr
        self.__parameters__ = tuple(a for a in args if isinstance(a, TypeVar))

    def __repr__(self):
        if self._special_repr is not None:
            return self._special_repr(self)
        name = ("typing." + self._name) if self._name else _type_repr(self.__origin__)
        if not self.__args__:
            return name + "[()]"
        return "%s[%s]" % (name, ", ".join(_type_repr(a) for a in self.__args__))

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return result

    def __getitem__(self, params):
        # substitute type variables: Dict[str, T][int]
        if not isinstance(params, tuple):
            params = (params,)
        mapping = dict(zip(self.__parameters__, params))
        args = tuple(mapping.get(a, a) if isinstance(a, TypeVar) else a for a in self.__args__)
        return _GenericAlias(self.__origin__, args, self._name, self._special_repr)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getattr__(self, attr):
        if attr.startswith("__") and attr.endswith("__"):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)


class _SpecialGenericAlias(_Final):
    # the bare List, Dict, ... : subscript to make a _GenericAlias
    def __init__(self, origin, nparams, name):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._nparams >= 0 and len(params) != self._nparams and self._name != "Tuple":
            raise TypeError("Too %s arguments for typing.%s; actual %d, expected %d" % (
                "many" if len(params) > self._nparams else "few", self._name, len(params), self._nparams))
        return _GenericAlias(self.__origin__, params, self._name)

    def __call__(self, *args, **kwargs):
        if self._name in ("List", "Dict", "Set", "FrozenSet", "Tuple", "Type"):
            raise TypeError("Type %s cannot be instantiated; use %s() instead" % (
                self._name, self.__origin__.__name__))
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    flat = []
    for p in parameters:
        if p is None:
            p = type(None)
        if isinstance(p, _GenericAlias) and p.__origin__ is Union:
            for q in p.__args__:
                if q not in flat:
                    flat.append(q)
        elif p not in flat:
            flat.append(p)
    if len(flat) == 1:
        return flat[0]
    return _GenericAlias(Union, tuple(flat), special_repr=_union_repr)


def _union_repr(alias):
    args = alias.__args__
    if len(args) == 2 and type(None) in args:
        other = args[0] if args[1] is type(None) else args[1]
        return "typing.Optional[%s]" % _type_repr(other)
    return "typing.Union[%s]" % ", ".join(_type_repr(a) for a in args)


def _optional_getitem(self, parameters):
    return Union[parameters, type(None)]


def _literal_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _GenericAlias(Literal, parameters,
                         special_repr=lambda a: "typing.Literal[%s]" % ", ".join(repr(x) for x in a.__args__))


def _single_getitem(self, parameters):
    name = self._name
    return _GenericAlias(self, (parameters,),
                         special_repr=lambda a: "typing.%s[%s]" % (name, _type_repr(a.__args__[0])))


def _annotated_getitem(self, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError("Annotated[...] should be used with at least two arguments (a type and an annotation).")
    origin = params[0]
    alias = _GenericAlias(Annotated, (origin,),
                          special_repr=lambda a: "typing.Annotated[%s, %s]" % (
                              _type_repr(origin), ", ".join(repr(m) for m in a.__metadata__)))
    alias.__metadata__ = params[1:]
    return alias


def _concatenate_getitem(self, params):
    if not isinstance(params, tuple):
        params = (params,)
    return _GenericAlias(self, params, "Concatenate")


Any = _SpecialForm("Any")
NoReturn = _SpecialForm("NoReturn")
Never = _SpecialForm("Never")
Self = _SpecialForm("Self")
LiteralString = _SpecialForm("LiteralString")
TypeAlias = _SpecialForm("TypeAlias")
Union = _SpecialForm("Union", _union_getitem)
Optional = _SpecialForm("Optional", _optional_getitem)
Literal = _SpecialForm("Literal", _literal_getitem)
ClassVar = _SpecialForm("ClassVar", _single_getitem)
Final = _SpecialForm("Final", _single_getitem)
Required = _SpecialForm("Required", _single_getitem)
NotRequired = _SpecialForm("NotRequired", _single_getitem)
TypeGuard = _SpecialForm("TypeGuard", _single_getitem)
Unpack = _SpecialForm("Unpack", _single_getitem)
Annotated = _SpecialForm("Annotated", _annotated_getitem)
Concatenate = _SpecialForm("Concatenate", _concatenate_getitem)


class TypeVar(_Final):
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)

    def __repr__(self):
        prefix = "+" if self.__covariant__ else "-" if self.__contravariant__ else _TILDE
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class ParamSpec(_Final):
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__bound__ = bound
        self.args = _ParamSpecPart(self, "args")
        self.kwargs = _ParamSpecPart(self, "kwargs")

    def __repr__(self):
        return _TILDE + self.__name__


class _ParamSpecPart:
    def __init__(self, origin, kind):
        self.__origin__ = origin
        self._kind = kind

    def __repr__(self):
        return "%s.%s" % (self.__origin__.__name__, self._kind)


class TypeVarTuple(_Final):
    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__

    def __iter__(self):
        yield Unpack[self]


AnyStr = TypeVar("AnyStr", bytes, str)
T = TypeVar("T")
KT = TypeVar("KT")
VT = TypeVar("VT")
T_co = TypeVar("T_co", covariant=True)
V_co = TypeVar("V_co", covariant=True)
VT_co = TypeVar("VT_co", covariant=True)
T_contra = TypeVar("T_contra", contravariant=True)
CT_co = TypeVar("CT_co", covariant=True)


def _callable_repr(alias):
    args = alias.__args__
    if len(args) == 2 and args[0] is ...:
        return "typing.Callable[..., %s]" % _type_repr(args[1])
    return "typing.Callable[[%s], %s]" % (", ".join(_type_repr(a) for a in args[:-1]), _type_repr(args[-1]))


class _CallableForm(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if args is ...:
            flat = (..., result)
        elif isinstance(args, list):
            flat = tuple(args) + (result,)
        else:
            flat = (args, result)
        return _GenericAlias(self.__origin__, flat, "Callable", _callable_repr)


def _tuple_repr(alias):
    args = alias.__args__
    if not args:
        return "typing.Tuple[()]"
    return "typing.Tuple[%s]" % ", ".join(_type_repr(a) for a in args)


class _TupleForm(_SpecialGenericAlias):
    def __getitem__(self, params):
        if params == ():
            return _GenericAlias(tuple, (), "Tuple", _tuple_repr)
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(tuple, params, "Tuple", _tuple_repr)


import collections.abc as _abc

List = _SpecialGenericAlias(list, 1, "List")
Dict = _SpecialGenericAlias(dict, 2, "Dict")
Set = _SpecialGenericAlias(set, 1, "Set")
FrozenSet = _SpecialGenericAlias(frozenset, 1, "FrozenSet")
Tuple = _TupleForm(tuple, -1, "Tuple")
Type = _SpecialGenericAlias(type, 1, "Type")
Callable = _CallableForm(_abc.Callable, 2, "Callable")
DefaultDict = _SpecialGenericAlias(_collections.defaultdict, 2, "DefaultDict")
OrderedDict = _SpecialGenericAlias(_collections.OrderedDict, 2, "OrderedDict")
Counter = _SpecialGenericAlias(_collections.Counter, 1, "Counter")
ChainMap = _SpecialGenericAlias(_collections.ChainMap, 2, "ChainMap")
Deque = _SpecialGenericAlias(_collections.deque, 1, "Deque")
Iterable = _SpecialGenericAlias(_abc.Iterable, 1, "Iterable")
Iterator = _SpecialGenericAlias(_abc.Iterator, 1, "Iterator")
Reversible = _SpecialGenericAlias(_abc.Reversible, 1, "Reversible")
Generator = _SpecialGenericAlias(_abc.Generator, 3, "Generator")
AsyncIterable = _SpecialGenericAlias(_abc.AsyncIterable, 1, "AsyncIterable")
AsyncIterator = _SpecialGenericAlias(_abc.AsyncIterator, 1, "AsyncIterator")
AsyncGenerator = _SpecialGenericAlias(_abc.AsyncGenerator, 2, "AsyncGenerator")
Awaitable = _SpecialGenericAlias(_abc.Awaitable, 1, "Awaitable")
Coroutine = _SpecialGenericAlias(_abc.Coroutine, 3, "Coroutine")
Sequence = _SpecialGenericAlias(_abc.Sequence, 1, "Sequence")
MutableSequence = _SpecialGenericAlias(_abc.MutableSequence, 1, "MutableSequence")
Mapping = _SpecialGenericAlias(_abc.Mapping, 2, "Mapping")
MutableMapping = _SpecialGenericAlias(_abc.MutableMapping, 2, "MutableMapping")
AbstractSet = _SpecialGenericAlias(_abc.Set, 1, "AbstractSet")
MutableSet = _SpecialGenericAlias(_abc.MutableSet, 1, "MutableSet")
Collection = _SpecialGenericAlias(_abc.Collection, 1, "Collection")
Container = _SpecialGenericAlias(_abc.Container, 1, "Container")
Sized = _abc.Sized
Hashable = _abc.Hashable
KeysView = _SpecialGenericAlias(_abc.KeysView, 1, "KeysView")
ItemsView = _SpecialGenericAlias(_abc.ItemsView, 2, "ItemsView")
ValuesView = _SpecialGenericAlias(_abc.ValuesView, 1, "ValuesView")
MappingView = _SpecialGenericAlias(_abc.MappingView, 1, "MappingView")
ByteString = _SpecialGenericAlias(_abc.ByteString, 0, "ByteString")
Text = str


class _FormBase:
    # A form that is both subscriptable (Generic[T]) and usable as a base class (class C(Protocol)):
    # MicroPython builds a class by calling the type of its first base, so the form's __new__
    # receives (name, bases, namespace) and returns the real class.
    _real = None

    def __new__(cls, *args, **kwargs):
        if len(args) == 3 and isinstance(args[0], str) and isinstance(args[1], tuple) and isinstance(args[2], dict):
            return cls._make_class(args[0], args[1], args[2])
        return object.__new__(cls)

    @classmethod
    def _make_class(cls, name, bases, ns):
        real_bases = tuple(b._real if isinstance(b, _FormBase) else b for b in bases)
        real_bases = tuple(getattr(b, "__origin__", b) if not isinstance(b, type) else b for b in real_bases)
        out = []
        for b in real_bases:
            if b not in out:
                out.append(b)
        return type(name, tuple(out), ns)

    def __mro_entries__(self, bases):
        return (self._real,)


class _GenericBase:
    __slots__ = ()

    def __class_getitem__(cls, params):
        return _GenericAlias(cls, params if isinstance(params, tuple) else (params,))


class _GenericForm(_FormBase):
    _real = _GenericBase

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericBaseAlias(params)

    def __repr__(self):
        return "<class 'typing.Generic'>"


class _GenericBaseAlias(_FormBase):
    _real = _GenericBase

    def __init__(self, params):
        self.__args__ = params
        self.__origin__ = _GenericBase
        self.__parameters__ = params

    def __repr__(self):
        return "typing.Generic[%s]" % ", ".join(_type_repr(a) for a in self.__args__)


Generic = _GenericForm()


class _ProtocolBase:
    __slots__ = ()
    _is_protocol = True


class _ProtocolForm(_FormBase):
    _real = _ProtocolBase

    def __getitem__(self, params):
        return self

    def __repr__(self):
        return "<class 'typing.Protocol'>"


Protocol = _ProtocolForm()


def runtime_checkable(cls):
    return cls


class _NamedTupleForm(_FormBase):
    def __call__(self, typename, fields=None, **kwargs):
        if fields is None:
            fields = list(kwargs.items())
        names = [n for n, t in fields]
        nt = _collections.namedtuple(typename, names)
        nt.__annotations__ = dict(fields)
        return nt

    @classmethod
    def _make_class(cls, name, bases, ns):
        ann = ns.get("__annotations__", {})
        names = list(ann)
        defaults = []
        for n in names:
            if n in ns:
                defaults.append(ns[n])
            elif defaults:
                raise TypeError("Non-default namedtuple field %s cannot follow default field%s %s"
                                % (n, "s" if len(defaults) > 1 else "", ", ".join(names[:0])))
        nt = _collections.namedtuple(name, names, defaults=defaults or None,
                                     module=ns.get("__module__", "__main__"))
        extra = {k: v for k, v in ns.items() if k not in names and k not in (
            "__annotations__", "__module__", "__qualname__")}
        if not extra:
            try:
                nt.__annotations__ = ann
            except (AttributeError, TypeError):
                pass
            return nt
        extra["__slots__"] = ()
        sub = type(name, (nt,), extra)
        return sub

    def __repr__(self):
        return "<function NamedTuple>"


NamedTuple = _NamedTupleForm()


class _TypedDictBase(dict):
    pass


class _TypedDictForm(_FormBase):
    def __call__(self, typename, fields=None, total=True, **kwargs):
        if fields is None:
            fields = kwargs
        return type(typename, (dict,), {"__annotations__": dict(fields), "__total__": total})

    @classmethod
    def _make_class(cls, name, bases, ns, total=True):
        ann = {}
        for b in bases:
            if isinstance(b, type):
                ann.update(getattr(b, "__annotations__", {}))
        ann.update(ns.get("__annotations__", {}))
        ns = dict(ns)
        ns["__annotations__"] = ann
        ns["__total__"] = total
        return type(name, (dict,), ns)

    def __repr__(self):
        return "<function TypedDict>"


TypedDict = _TypedDictForm()


class NewType:
    def __init__(self, name, tp):
        self.__name__ = name
        self.__qualname__ = name
        self.__supertype__ = tp

    def __repr__(self):
        return "__main__.%s" % self.__name__

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]


def cast(typ, val):
    return val


def assert_type(val, typ):
    return val


def reveal_type(obj):
    import sys
    sys.stderr.write("Runtime type is %r\n" % type(obj).__name__)
    return obj


def assert_never(arg):
    raise AssertionError("Expected code to be unreachable, but got: %r" % (arg,))


_overload_registry = {}


def overload(func):
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError(
            "You should not call an overloaded function. A series of @overload-decorated functions "
            "outside a stub module should always be followed by an implementation that is not "
            "@overload-ed.")
    name = getattr(func, "__name__", None)
    if name is not None:
        _overload_registry.setdefault(name, []).append(func)
    return _overload_dummy


def get_overloads(func):
    return list(_overload_registry.get(getattr(func, "__name__", None), []))


def clear_overloads():
    _overload_registry.clear()


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    return arg


def no_type_check_decorator(decorator):
    return decorator


def dataclass_transform(**kwargs):
    return lambda cls_or_fn: cls_or_fn


def type_check_only(func_or_cls):
    return func_or_cls


def get_origin(tp):
    if isinstance(tp, _GenericAlias):
        if tp.__origin__ is Annotated:
            return Annotated
        return tp.__origin__
    if isinstance(tp, _GenericBaseAlias):
        return Generic
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    if isinstance(tp, _GenericAlias):
        if tp.__origin__ is Annotated:
            return tp.__args__ + tp.__metadata__
        args = tp.__args__
        if tp._special_repr is _callable_repr and not (len(args) == 2 and args[0] is ...):
            return (list(args[:-1]), args[-1])
        return args
    if isinstance(tp, _GenericBaseAlias):
        return tp.__args__
    return ()


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = {}
    if isinstance(obj, type):
        bases = []
        todo = [obj]
        while todo:
            c = todo.pop(0)
            if c is object or c in bases:
                continue
            bases.append(c)
            todo.extend(c.__bases__)
        for base in reversed(bases):
            ann = base.__dict__.get("__annotations__", {})
            for name, value in ann.items():
                hints[name] = _eval(value, globalns, localns)
    else:
        ann = getattr(obj, "__annotations__", None) or {}
        for name, value in ann.items():
            hints[name] = _eval(value, globalns, localns)
    return hints


def _eval(value, globalns, localns):
    if value is None:
        return type(None)
    if isinstance(value, str):
        try:
            return eval(value, globalns or {}, localns)
        except Exception:
            return value
    return value


def is_typeddict(tp):
    return isinstance(tp, type) and hasattr(tp, "__total__") and issubclass(tp, dict)


class SupportsInt(_ProtocolBase):
    __slots__ = ()


class SupportsFloat(_ProtocolBase):
    __slots__ = ()


class SupportsIndex(_ProtocolBase):
    __slots__ = ()


class SupportsAbs(_ProtocolBase):
    __slots__ = ()


class SupportsRound(_ProtocolBase):
    __slots__ = ()


class SupportsBytes(_ProtocolBase):
    __slots__ = ()


class SupportsComplex(_ProtocolBase):
    __slots__ = ()


class IO(_GenericBase):
    __slots__ = ()


class TextIO(IO):
    __slots__ = ()


class BinaryIO(IO):
    __slots__ = ()


Pattern = _SpecialGenericAlias(type(None), 1, "Pattern")
Match = _SpecialGenericAlias(type(None), 1, "Match")
ContextManager = _SpecialGenericAlias(object, 1, "ContextManager")
AsyncContextManager = _SpecialGenericAlias(object, 1, "AsyncContextManager")
