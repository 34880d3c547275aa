# dataclasses: generate __init__, __repr__, __eq__, ordering and hashing from a class's
# annotated fields, as CPython's dataclasses. Fields come from the class's own __annotations__,
# in their order, so this needs an interpreter that records class annotations.

__all__ = ["dataclass", "field", "Field", "FrozenInstanceError", "InitVar", "KW_ONLY", "MISSING",
           "fields", "asdict", "astuple", "make_dataclass", "replace", "is_dataclass"]


class FrozenInstanceError(AttributeError):
    pass


class _MissingType:
    def __repr__(self):
        return "MISSING"


MISSING = _MissingType()


class _KwOnlyType:
    def __repr__(self):
        return "KW_ONLY"


KW_ONLY = _KwOnlyType()


class _FieldKind:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FieldKind("_FIELD")
_FIELD_CLASSVAR = _FieldKind("_FIELD_CLASSVAR")
_FIELD_INITVAR = _FieldKind("_FIELD_INITVAR")


class InitVar:
    __slots__ = ("type",)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        t = self.type
        name = t.__name__ if isinstance(t, type) else repr(t)
        return "dataclasses.InitVar[%s]" % name

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    __slots__ = ("name", "type", "default", "default_factory", "repr", "hash", "init", "compare",
                 "metadata", "kw_only", "_field_type")

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ("Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,hash=%r,"
                "compare=%r,metadata=%r,kw_only=%r,_field_type=%r)" % (
                    self.name, self.type, self.default, self.default_factory, self.init, self.repr,
                    self.hash, self.compare, self.metadata, self.kw_only, self._field_type))

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), "__set_name__", None)
        if func:
            func(self.default, owner, name)


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


_FIELDS = "__dataclass_fields__"
_generated_reprs = set()
_PARAMS = "__dataclass_params__"


class _DataclassParams:
    __slots__ = ("init", "repr", "eq", "order", "unsafe_hash", "frozen")

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return "_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,unsafe_hash=%r,frozen=%r)" % (
            self.init, self.repr, self.eq, self.order, self.unsafe_hash, self.frozen)


def _is_classvar(a_type):
    if isinstance(a_type, str):
        return a_type.startswith("ClassVar") or a_type.startswith("typing.ClassVar")
    typing = _sys_modules().get("typing")
    if typing is None:
        return False
    return a_type is typing.ClassVar or getattr(a_type, "__origin__", None) is typing.ClassVar


def _is_initvar(a_type):
    if isinstance(a_type, str):
        return a_type.startswith("InitVar") or a_type.startswith("dataclasses.InitVar")
    return a_type is InitVar or isinstance(a_type, InitVar)


def _is_kw_only(a_type):
    if isinstance(a_type, str):
        return a_type in ("KW_ONLY", "dataclasses.KW_ONLY")
    return a_type is KW_ONLY


def _sys_modules():
    import sys
    return sys.modules


def _is_mutable_default(value):
    if isinstance(value, (list, dict, set, bytearray)):
        return True
    return getattr(type(value), "__hash__", 0) is None


def _get_field(cls, name, a_type, default_kw_only):
    default = cls.__dict__.get(name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = a_type
    f._field_type = _FIELD
    if _is_classvar(a_type):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(a_type):
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError("field %s cannot have a default factory" % name)
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        f.kw_only = False
    if f._field_type is _FIELD and f.default is not MISSING and _is_mutable_default(f.default):
        raise ValueError("mutable default %s for field %s is not allowed: use default_factory"
                         % (type(f.default), name))
    return f


def _annotations(cls):
    ann = cls.__dict__.get("__annotations__")
    if ann is None:
        return {}
    return ann


def _recursive_repr_guard(fn):
    running = set()

    def wrapper(self):
        key = id(self)
        if key in running:
            return "..."
        running.add(key)
        try:
            return fn(self)
        finally:
            running.discard(key)
    return wrapper


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _tuple_of(fields_list):
    def get(self):
        return tuple([getattr(self, f.name) for f in fields_list])
    return get


def _make_init(cls, fields_list, std_init_fields, kw_only_fields, frozen, has_post_init):
    # positional parameters: std_init_fields in order; keyword-only: kw_only_fields
    clsname = cls.__name__
    pos_names = [f.name for f in std_init_fields]
    kw_names = [f.name for f in kw_only_fields]
    all_params = std_init_fields + kw_only_fields
    param_names = set(pos_names + kw_names)
    others = [f for f in fields_list if f._field_type is _FIELD and not f.init]
    initvars = [f.name for f in fields_list if f._field_type is _FIELD_INITVAR]
    setter = object.__setattr__ if frozen else setattr
    npos = len(pos_names)
    nrequired = len([f for f in std_init_fields if f.default is MISSING and f.default_factory is MISSING])

    def __init__(self, *args, **kwargs):
        if len(args) > npos:
            if nrequired < npos:
                takes = "from %d to %d positional arguments" % (nrequired + 1, npos + 1)
            else:
                takes = "%d positional argument%s" % (npos + 1, "" if npos == 0 else "s")
            raise TypeError("%s.__init__() takes %s but %d were given" % (clsname, takes, len(args) + 1))
        values = {}
        for i, a in enumerate(args):
            values[pos_names[i]] = a
        for k in kwargs:
            if k not in param_names:
                raise TypeError("%s.__init__() got an unexpected keyword argument '%s'" % (clsname, k))
            if k in values:
                raise TypeError("%s.__init__() got multiple values for argument '%s'" % (clsname, k))
            values[k] = kwargs[k]
        missing_pos = []
        missing_kw = []
        for f in all_params:
            if f.name in values:
                continue
            if f.default is not MISSING:
                values[f.name] = f.default
            elif f.default_factory is not MISSING:
                values[f.name] = f.default_factory()
            elif f.kw_only:
                missing_kw.append(f.name)
            else:
                missing_pos.append(f.name)
        if missing_pos or missing_kw:
            missing = missing_pos or missing_kw
            kind = "positional" if missing_pos else "keyword-only"
            names = ["'%s'" % n for n in missing]
            if len(names) > 1:
                text = ", ".join(names[:-1]) + (", and " if len(names) > 2 else " and ") + names[-1]
            else:
                text = names[0]
            raise TypeError("%s.__init__() missing %d required %s argument%s: %s" % (
                clsname, len(missing), kind, "s" if len(missing) > 1 else "", text))
        for f in fields_list:
            if f._field_type is _FIELD and f.init:
                setter(self, f.name, values[f.name])
        for f in others:
            if f.default_factory is not MISSING:
                setter(self, f.name, f.default_factory())
            elif f.default is not MISSING:
                setter(self, f.name, f.default)
        if has_post_init:
            self.__post_init__(*[values[n] for n in initvars])
    return __init__


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots,
                   weakref_slot=False):
    all_fields = {}
    field_order = []
    # fields of dataclass bases, most basic first
    for b in reversed(_bases_linear(cls)):
        base_fields = b.__dict__.get(_FIELDS)
        if base_fields is not None:
            for f in base_fields.values():
                if f.name not in all_fields:
                    field_order.append(f.name)
                all_fields[f.name] = f
    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__bases__:
        p = getattr(b, _PARAMS, None)
        if p is not None:
            has_dataclass_bases = True
            if p.frozen:
                any_frozen_base = True

    own = []
    kw_only_now = kw_only
    seen_kw_only = False
    for name, a_type in _annotations(cls).items():
        if _is_kw_only(a_type):
            if seen_kw_only:
                raise TypeError("%r is KW_ONLY, but KW_ONLY has already been specified" % name)
            seen_kw_only = True
            kw_only_now = True
            continue
        own.append(_get_field(cls, name, a_type, kw_only_now))
    for f in own:
        if f.name not in all_fields:
            field_order.append(f.name)
        all_fields[f.name] = f
        # a Field as a class attribute is replaced by its default (or removed)
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                try:
                    delattr(cls, f.name)
                except AttributeError:
                    pass
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in all_fields:
            raise TypeError("%r is a field but has no type annotation" % name)

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if not any_frozen_base and frozen:
            for b in cls.__bases__:
                if getattr(b, _PARAMS, None) is not None and not getattr(b, _PARAMS).frozen:
                    raise TypeError("cannot inherit frozen dataclass from a non-frozen one")

    fields_by_name = {}
    ordered = []
    for n in field_order:
        f = all_fields[n]
        fields_by_name[n] = f
        ordered.append(f)
    setattr(cls, _FIELDS, fields_by_name)
    setattr(cls, "_dataclass_field_list", tuple(ordered))
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    real_fields = [f for f in ordered if f._field_type is _FIELD]
    init_params = [f for f in ordered if f._field_type in (_FIELD, _FIELD_INITVAR) and f.init]
    std_init = [f for f in init_params if not f.kw_only]
    kw_init = [f for f in init_params if f.kw_only]

    if init:
        seen_default = None
        for f in std_init:
            if f.default is not MISSING or f.default_factory is not MISSING:
                seen_default = f
            elif seen_default is not None:
                raise TypeError("non-default argument %r follows default argument" % f.name)
        has_post_init = hasattr(cls, "__post_init__")
        _set_new_attribute(cls, "__init__", _make_init(cls, ordered, std_init, kw_init, frozen, has_post_init))

    if repr:
        repr_fields = [f for f in real_fields if f.repr]

        def __repr__(self):
            return "%s(%s)" % (_qualname(type(self)), ", ".join(
                ["%s=%r" % (f.name, getattr(self, f.name)) for f in repr_fields]))
        r = _recursive_repr_guard(__repr__)
        if not _set_new_attribute(cls, "__repr__", r):
            _generated_reprs.add(r)

    compare_fields = [f for f in real_fields if f.compare]
    as_tuple = _tuple_of(compare_fields)
    if eq:
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return as_tuple(self) == as_tuple(other)
            return NotImplemented
        _set_new_attribute(cls, "__eq__", __eq__)

        def __ne__(self, other):
            if other.__class__ is self.__class__:
                return as_tuple(self) != as_tuple(other)
            return NotImplemented
        _set_new_attribute(cls, "__ne__", __ne__)

    if order:
        if not eq:
            raise ValueError("eq must be true if order is true")
        for name, op in (("__lt__", lambda a, b: a < b), ("__le__", lambda a, b: a <= b),
                         ("__gt__", lambda a, b: a > b), ("__ge__", lambda a, b: a >= b)):
            if _set_new_attribute(cls, name, _make_order(op, as_tuple)):
                raise TypeError("Cannot overwrite attribute %s in class %s. Consider using "
                                "functools.total_ordering" % (name, cls.__name__))

    if frozen:
        field_names = set(f.name for f in real_fields)

        def __setattr__(self, name, value):
            if type(self) is cls or name in field_names:
                raise FrozenInstanceError("cannot assign to field %r" % (name,))
            object.__setattr__(self, name, value)

        def __delattr__(self, name):
            if type(self) is cls or name in field_names:
                raise FrozenInstanceError("cannot delete field %r" % (name,))
            object.__delattr__(self, name)
        if _set_new_attribute(cls, "__setattr__", __setattr__):
            raise TypeError("Cannot overwrite attribute __setattr__ in class %s" % cls.__name__)
        _set_new_attribute(cls, "__delattr__", __delattr__)

    # hashing, following the table in CPython's documentation
    class_hash = cls.__dict__.get("__hash__", MISSING)
    has_explicit_hash = not (class_hash is MISSING or (class_hash is None and "__eq__" in cls.__dict__))
    hash_fields = [f for f in real_fields if (f.compare if f.hash is None else f.hash)]
    hash_tuple = _tuple_of(hash_fields)

    def __hash__(self):
        return hash(hash_tuple(self))
    if unsafe_hash:
        if has_explicit_hash and class_hash is not None:
            raise TypeError("Cannot overwrite attribute __hash__ in class %s" % cls.__name__)
        cls.__hash__ = __hash__
    elif eq and frozen:
        if not has_explicit_hash:
            cls.__hash__ = __hash__
    elif eq and not frozen:
        if not has_explicit_hash:
            cls.__hash__ = None

    if match_args:
        _set_new_attribute(cls, "__match_args__", tuple(f.name for f in std_init))

    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)
    try:
        import abc
        abc.update_abstractmethods(cls)
    except ImportError:
        pass
    return cls


def _make_order(op, as_tuple):
    def compare(self, other):
        if other.__class__ is self.__class__:
            return op(as_tuple(self), as_tuple(other))
        return NotImplemented
    return compare


def _qualname(cls):
    return getattr(cls, "__qualname__", None) or cls.__name__


def _bases_linear(cls):
    out = []
    todo = [cls]
    while todo:
        c = todo.pop(0)
        if c is object or c in out:
            continue
        out.append(c)
        todo.extend(c.__bases__)
    return out


def _add_slots(cls, is_frozen, weakref_slot):
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in cls._dataclass_field_list if f._field_type is _FIELD)
    inherited = set()
    for b in _bases_linear(cls)[1:]:
        inherited.update(getattr(b, "__slots__", ()))
    cls_dict["__slots__"] = tuple(n for n in field_names if n not in inherited)
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop("__dict__", None)
    cls_dict.pop("__weakref__", None)
    return type(cls.__name__, cls.__bases__, cls_dict)


def dataclass(cls=None, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                              slots, weakref_slot)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    cls = class_or_instance if isinstance(class_or_instance, type) else type(class_or_instance)
    flist = getattr(cls, "_dataclass_field_list", None)
    if flist is None:
        raise TypeError("must be called with a dataclass type or instance")
    return tuple(f for f in flist if f._field_type is _FIELD)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _is_dataclass_instance(obj):
    return not isinstance(obj, type) and hasattr(type(obj), _FIELDS)


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory)) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory)) for k, v in obj.items())
    import copy
    return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory)) for k, v in obj.items())
    import copy
    return copy.deepcopy(obj)


def replace(obj, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in type(obj)._dataclass_field_list:
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError("field %s is declared with init=False, it cannot be specified with replace()" % f.name)
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError("InitVar %r must be specified with replace()" % f.name)
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True, eq=True,
                   order=False, unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
                   slots=False, weakref_slot=False, module=None):
    namespace = {} if namespace is None else dict(namespace)
    annotations = {}
    seen = set()
    for item in fields:
        if isinstance(item, str):
            name, tp = item, "typing.Any"
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            namespace[name] = spec
        else:
            raise TypeError("Invalid field: %r" % (item,))
        if not isinstance(name, str):
            raise TypeError("Field names must be valid identifiers: %r" % (name,))
        if name in seen:
            raise TypeError("Field name duplicated: %r" % (name,))
        seen.add(name)
        annotations[name] = tp
    namespace["__annotations__"] = _OrderedAnnotations(annotations, [n for n in _names_of(fields)])
    cls = type(cls_name, bases, namespace)
    if module is not None:
        cls.__module__ = module
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)


def _names_of(fields):
    for item in fields:
        yield item if isinstance(item, str) else item[0]


class _OrderedAnnotations(dict):
    # annotations that iterate in the given order, whatever the dict does
    def __init__(self, d, order):
        super().__init__()
        for k in order:
            self[k] = d[k]
        self._order = order

    def items(self):
        return [(k, self[k]) for k in self._order]

    def keys(self):
        return list(self._order)

    def __iter__(self):
        return iter(self._order)
