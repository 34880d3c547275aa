# enum: enumerations, as CPython's enum.
#
# MicroPython has no metaclasses, but it builds a class by calling the type of its first base.
# So each enumeration (Color in `class Color(Enum)`) is an instance of EnumType that stands in
# for the class: it iterates, has len(), Color(value), Color['NAME'], `in`, __members__. Its
# members are instances of a real class made for it (type(Color.RED)), which carries the methods
# of the enumeration's body, so member methods, properties and mixins (int, str) work.
# isinstance(x, Color) cannot work (isinstance needs a real class): use type(x) is Color._member_type
# or x in Color.

__all__ = ["EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag", "ReprEnum",
           "auto", "unique", "verify", "member", "nonmember", "property", "global_enum",
           "FlagBoundary", "STRICT", "CONFORM", "EJECT", "KEEP", "EnumCheck", "CONTINUOUS",
           "NAMED_FLAGS", "UNIQUE"]

_builtin_property = property


class auto:
    _counter = 0

    def __init__(self, value=None):
        self.value = _auto_pending if value is None else value
        auto._counter += 1
        self._order = auto._counter

    def __repr__(self):
        return "auto(%r)" % (self.value,)


class _AutoPending:
    def __repr__(self):
        return "_auto_null"


_auto_pending = _AutoPending()


class member:
    def __init__(self, value):
        self.value = value


class nonmember:
    def __init__(self, value):
        self.value = value


property = _builtin_property


def _is_descriptor(obj):
    return (hasattr(obj, "__get__") or hasattr(obj, "__set__") or hasattr(obj, "__delete__")
            or isinstance(obj, (_builtin_property, staticmethod, classmethod)))


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1:2] != "_" and name[-2:-1] != "_"


def _is_private(cls_name, name):
    pattern = "_%s__" % (cls_name.lstrip("_"),)
    return name.startswith(pattern) and not name.endswith("__")


def _callable_or_descriptor(value):
    t = type(value)
    if t is type(_is_dunder) or t is type or isinstance(value, type):
        return True
    if isinstance(value, (staticmethod, classmethod, _builtin_property)):
        return True
    return hasattr(t, "__get__") or (callable(value) and not isinstance(value, (auto, member)))


class _MemberBase:
    # the base of every enumeration's member class
    _name_ = None
    _value_ = None

    @_builtin_property
    def name(self):
        return self._name_

    @_builtin_property
    def value(self):
        return self._value_

    def __repr__(self):
        e = self._enum_
        v = e._value_repr_(self)
        return "<%s.%s: %s>" % (e.__name__, self._name_, v)

    def __str__(self):
        return "%s.%s" % (self._enum_.__name__, self._name_)

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self._enum_, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __dir__(self):
        return ["__class__", "__doc__", "__eq__", "__hash__", "__module__", "name", "value"]


def _plain_member_base():
    return type("_EnumMember", (_MemberBase,), {})


class EnumType:
    """Stands in for the metaclass: every enumeration is an instance of EnumType."""

    def __init__(self, name, bases, ns, **kwds):
        self.__name__ = name
        self.__qualname__ = ns.get("__qualname__", name)
        self.__module__ = ns.get("__module__", "__main__")
        self.__doc__ = ns.get("__doc__")
        parents = [b for b in bases if isinstance(b, EnumType)]
        mixins = [b for b in bases if isinstance(b, type)]
        if parents and parents[-1]._member_names_:
            raise TypeError("<enum %r> cannot extend <enum %r>" % (name, parents[-1].__name__))
        parent = parents[0] if parents else None
        self._parent_ = parent
        self._flag_ = ns.get("_flag_", parent._flag_ if parent is not None else False)
        self._boundary_ = ns.get("_boundary_", parent._boundary_ if parent is not None else None)
        # the data type of the members (int for IntEnum, str for StrEnum, a mixin's type...)
        data_type = ns.get("_data_type_")
        if data_type is None:
            for m in mixins:
                data_type = m
                break
        if data_type is None and parent is not None:
            data_type = parent._data_type_
        self._data_type_ = data_type
        # split the namespace into members and the rest
        member_items = []
        body = {}
        for key, value in ns.items():
            if key in ("__qualname__", "__module__", "__annotations__"):
                continue
            if _is_dunder(key) or _is_sunder(key) or _is_private(name, key):
                body[key] = value
                continue
            if isinstance(value, nonmember):
                body[key] = value.value
                continue
            if isinstance(value, member):
                member_items.append((key, value.value))
                continue
            if isinstance(value, auto) or not _callable_or_descriptor(value):
                member_items.append((key, value))
                continue
            body[key] = value
        # definition order: auto() objects know when they were made; other values keep the
        # namespace's order
        self._ignore_ = body.pop("_ignore_", [])
        if isinstance(self._ignore_, str):
            self._ignore_ = self._ignore_.replace(",", " ").split()
        member_items = [(k, v) for k, v in member_items if k not in self._ignore_]
        # the member class
        if parent is not None:
            base_member_cls = parent._member_type
        else:
            base_member_cls = _plain_member_base()
        # the enum machinery first, so its methods win over the mixin's (MicroPython looks up
        # depth-first)
        bases_for_members = (base_member_cls,) + tuple(m for m in mixins if not issubclass(base_member_cls, m))
        body["_enum_"] = self
        if data_type is not None and "__hash__" not in body:
            body["__hash__"] = _value_hash
        member_cls = type(name, bases_for_members, body)
        self._member_type = member_cls
        self._member_map_ = {}
        self._member_names_ = []
        self._value2member_map_ = {}
        self._unhashable_values_ = []
        # classmethods of the enumeration receive the member class: give it the class-level API
        member_cls.__members__ = self._member_map_
        member_cls._member_map_ = self._member_map_
        member_cls._member_names_ = self._member_names_
        member_cls._value2member_map_ = self._value2member_map_
        self._creating = True
        last_values = []
        for key, value in member_items:
            if isinstance(value, auto):
                if value.value is _auto_pending:
                    value = self._generate_next_value_(key, 1, len(last_values), last_values[:])
                else:
                    value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                value = tuple(self._generate_next_value_(key, 1, len(last_values), last_values[:])
                              if isinstance(v, auto) and v.value is _auto_pending
                              else (v.value if isinstance(v, auto) else v) for v in value)
            last_values.append(value)
            self._add_member(key, value)
        self._creating = False

    # -- construction --
    def _generate_next_value_(self, name, start, count, last_values):
        gen = self._lookup_class_attr("_generate_next_value_")
        if gen is not None:
            return gen(name, start, count, last_values)
        if self._flag_:
            if not last_values:
                return start
            high = max(last_values)
            return 1 << high.bit_length() if hasattr(high, "bit_length") else 1 << _bit_length(high)
        if not last_values:
            return start
        try:
            return last_values[-1] + 1
        except TypeError:
            raise TypeError("unable to increment %r" % (last_values[-1],)) from None

    def _lookup_class_attr(self, name):
        e = self
        while e is not None:
            f = e._member_type.__dict__.get(name)
            if f is not None:
                if isinstance(f, staticmethod):
                    return getattr(e._member_type, name)
                return f
            e = e._parent_
        return None

    def _add_member(self, name, value):
        if name in self._member_map_:
            raise TypeError("%r already defined as %r" % (name, self._member_map_[name]._value_))
        member_cls = self._member_type
        args = value if isinstance(value, tuple) else (value,)
        new = member_cls.__dict__.get("__new__")
        if self._data_type_ is not None and self._data_type_ is not object:
            if isinstance(value, tuple) and self._data_type_ is not tuple:
                m = member_cls(*args)
            else:
                m = member_cls(value)
            if not hasattr(m, "_value_") or m.__dict__.get("_value_") is None:
                m._value_ = self._data_type_(*args) if isinstance(value, tuple) and self._data_type_ is not tuple else value
        else:
            m = object.__new__(member_cls)
            init = member_cls.__dict__.get("__init__")
            if init is None:
                for b in _member_mro(member_cls):
                    if "__init__" in b.__dict__ and b is not object:
                        init = b.__dict__["__init__"]
                        break
            if init is not None:
                init(m, *args)
            if "_value_" not in m.__dict__:
                m._value_ = value
        m._name_ = name
        value = m._value_
        # aliases: a second name for an existing value
        try:
            existing = self._value2member_map_.get(value)
        except TypeError:
            existing = None
            for other in self._unhashable_values_:
                if other._value_ == value:
                    existing = other
                    break
        if existing is not None:
            self._member_map_[name] = existing
            setattr(self, name, existing)
            try:
                setattr(self._member_type, name, existing)
            except (AttributeError, TypeError):
                pass
            return
        self._member_names_.append(name)
        self._member_map_[name] = m
        try:
            self._value2member_map_[value] = m
        except TypeError:
            self._unhashable_values_.append(m)
        setattr(self, name, m)
        try:
            setattr(self._member_type, name, m)
        except (AttributeError, TypeError):
            pass

    # -- the class API --
    def __call__(self, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is not None:
            return self._create_(value, names, module=module, qualname=qualname, type=type, start=start)
        if isinstance(value, self._member_type) and value._enum_ is self:
            return value
        try:
            return self._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for m in self._unhashable_values_:
            if m._value_ == value:
                return m
        missing = self._lookup_class_attr("_missing_")
        if missing is not None:
            if isinstance(missing, classmethod) or not callable(missing):
                result = getattr(self._member_type, "_missing_")(value)
            else:
                result = missing(value)
            if result is not None:
                return result
        if self._flag_:
            return self._flag_missing(value)
        raise ValueError("%r is not a valid %s" % (value, self.__qualname__))

    def _flag_missing(self, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, self.__qualname__))
        all_bits = 0
        for m in self._member_map_.values():
            all_bits |= m._value_
        if value < 0:
            value = value & all_bits if self._data_type_ is not int else value
        if value & ~all_bits and self._data_type_ is not int:
            raise ValueError("%r invalid value %r\n    given %s\n  allowed %s" % (
                self, value, bin(value), bin(all_bits)))
        if value in self._value2member_map_:
            return self._value2member_map_[value]
        return self._make_pseudo(value)

    def _make_pseudo(self, value):
        member_cls = self._member_type
        if self._data_type_ is not None and self._data_type_ is not object:
            m = member_cls(value)
        else:
            m = object.__new__(member_cls)
        m._value_ = value
        parts = self._decompose(value)
        names = [x._name_ for x in parts]
        rest = value
        for x in parts:
            rest &= ~x._value_
        if rest and names:
            names.append(str(rest))
        m._name_ = "|".join(names) if names else None
        if value in (0,) and not names:
            m._name_ = None
        self._value2member_map_[value] = m
        return m

    def _decompose(self, value):
        # the single-bit members in value, in definition order (as CPython 3.11 lists them)
        out = []
        for name in self._member_names_:
            m = self._member_map_[name]
            v = m._value_
            if v and _is_single_bit(v) and v & value == v:
                out.append(m)
        return out

    def __getitem__(self, name):
        return self._member_map_[name]

    def __iter__(self):
        return (self._member_map_[n] for n in self._member_names_
                if not self._flag_ or _is_single_bit(self._member_map_[n]._value_))

    def __reversed__(self):
        return reversed(list(self))

    def __len__(self):
        return len(self._member_names_)

    def __contains__(self, value):
        if isinstance(value, self._member_type):
            return value._enum_ is self or value._name_ in self._member_map_
        try:
            return value in self._value2member_map_ or any(m._value_ == value for m in self._unhashable_values_)
        except TypeError:
            return False

    def __bool__(self):
        return True

    def __repr__(self):
        if self._flag_:
            return "<flag %r>" % (self.__name__,)
        return "<enum %r>" % (self.__name__,)

    def __str__(self):
        return self.__repr__()

    @_builtin_property
    def __members__(self):
        return dict(self._member_map_)

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__") and name not in ("__new__", "__init__"):
            raise AttributeError(name)
        try:
            return getattr(self._member_type, name)
        except AttributeError:
            raise AttributeError("type object %r has no attribute %r" % (self.__name__, name)) from None

    def __setattr__(self, name, value):
        mm = self.__dict__.get("_member_map_")
        if mm is not None and name in mm and not self.__dict__.get("_creating"):
            raise AttributeError("cannot reassign member %r" % (name,))
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name in self._member_map_:
            raise AttributeError("%r cannot delete member %r." % (self.__name__, name))
        object.__delattr__(self, name)

    def __instancecheck__(self, instance):
        return isinstance(instance, self._member_type)

    def __dir__(self):
        return ["__class__", "__doc__", "__members__", "__module__"] + list(self._member_names_)

    def _value_repr_(self, m):
        dt = self._data_type_
        if dt is not None and dt is not object:
            return repr(dt(m._value_)) if dt in (int, str, float) else repr(m._value_)
        return repr(m._value_)

    def _create_(self, class_name, names, *, module=None, qualname=None, type=None, start=1):
        ns = {}
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            items = []
            last = []
            for i, n in enumerate(names):
                v = self._generate_next_value_(n, start, i, last[:])
                last.append(v)
                items.append((n, v))
            names = items
        elif hasattr(names, "items"):
            names = list(names.items())
        bases = (type, self) if type is not None else (self,)
        ordered = _OrderedNS(names)
        ordered["__module__"] = module or "__main__"
        ordered["__qualname__"] = qualname or class_name
        return EnumType(class_name, bases, ordered)


EnumMeta = EnumType


class _OrderedNS(dict):
    # a namespace that iterates in the order its items were given
    def __init__(self, pairs):
        super().__init__()
        self._keys = []
        for k, v in pairs:
            self[k] = v

    def __setitem__(self, k, v):
        if k not in self:
            self._keys.append(k)
        super().__setitem__(k, v)

    def items(self):
        return [(k, self[k]) for k in self._keys]


def _member_mro(cls):
    out = []
    todo = [cls]
    while todo:
        c = todo.pop(0)
        if c in out:
            continue
        out.append(c)
        todo.extend(c.__bases__)
    return out


def _is_single_bit(v):
    return isinstance(v, int) and v > 0 and v & (v - 1) == 0


def _bit_length(n):
    n = abs(n)
    length = 0
    while n:
        n >>= 1
        length += 1
    return length


def _member_value(m):
    return m._value_


def _value_hash(self):
    return hash(self._value_)


def _make_root(name, data_type=None, flag=False, extra=None, parent=None):
    ns = {"__module__": "enum", "__qualname__": name}
    if extra:
        ns.update(extra)
    if data_type is not None:
        ns["_data_type_"] = data_type
    if flag:
        ns["_flag_"] = True
    bases = (parent,) if parent is not None else ()
    if data_type is not None and parent is not None:
        bases = (data_type, parent)
    elif data_type is not None:
        bases = (data_type,)
    return EnumType(name, bases, ns)


def _enum_dir(self):
    return self.__dir__()


Enum = _make_root("Enum")
ReprEnum = _make_root("ReprEnum", parent=Enum)


def _build_lazy_roots():
    # IntEnum, StrEnum, Flag and IntFlag are made on first use (module __getattr__): most
    # programs need only Enum, and each root costs several kilobytes to build.
    g = globals()
    def _int_str(self):
        return repr(int(self._value_))


    def _int_format(self, spec):
        return format(self._value_, spec)


    def _v(x):
        return x._value_ if isinstance(x, _MemberBase) else x


    def _int_ops():
        # MicroPython's int operations do not accept an int subclass instance on the right, so
        # IntEnum/IntFlag members carry their own numeric methods.
        ops = {}

        def binop(f):
            return lambda self, other: f(self._value_, _v(other))

        def rbinop(f):
            return lambda self, other: f(_v(other), self._value_)
        import operator as o
        for name, f in (("lt", o.lt), ("le", o.le), ("gt", o.gt), ("ge", o.ge), ("eq", o.eq),
                        ("ne", o.ne), ("add", o.add), ("sub", o.sub), ("mul", o.mul),
                        ("floordiv", o.floordiv), ("truediv", o.truediv), ("mod", o.mod),
                        ("pow", o.pow), ("lshift", o.lshift), ("rshift", o.rshift), ("and", o.and_),
                        ("or", o.or_), ("xor", o.xor), ("divmod", divmod)):
            ops["__%s__" % name] = binop(f)
            if name not in ("lt", "le", "gt", "ge", "eq", "ne"):
                ops["__r%s__" % name] = rbinop(f)
        ops["__neg__"] = lambda self: -self._value_
        ops["__pos__"] = lambda self: +self._value_
        ops["__abs__"] = lambda self: abs(self._value_)
        ops["__invert__"] = lambda self: ~self._value_
        ops["__int__"] = lambda self: int(self._value_)
        ops["__index__"] = lambda self: int(self._value_)
        ops["__float__"] = lambda self: float(self._value_)
        ops["__bool__"] = lambda self: bool(self._value_)
        ops["__hash__"] = _value_hash
        return ops


    _INT_OPS = _int_ops()
    _int_extra = dict(_INT_OPS)
    _int_extra.update({"__str__": _int_str, "__format__": _int_format})
    IntEnum = _make_root("IntEnum", data_type=int, parent=ReprEnum, extra=_int_extra)


    def _str_str(self):
        return self._value_


    def _str_format(self, spec):
        return format(self._value_, spec)


    def _str_gen(name, start, count, last_values):
        return name.lower()


    StrEnum = _make_root("StrEnum", data_type=str, parent=ReprEnum,
                         extra={"__str__": _str_str, "__format__": _str_format,
                                "_generate_next_value_": staticmethod(_str_gen)})
    StrEnum._member_type.__repr__ = lambda self: "<%s.%s: %r>" % (self._enum_.__name__, self._name_, self._value_)


    # ---- flags ----

    class _FlagOps:
        def _flag_coerce(self, other):
            e = self._enum_
            if isinstance(other, e._member_type):
                return other._value_
            if e._data_type_ is int and isinstance(other, int):
                return other
            return None

        def __or__(self, other):
            v = self._flag_coerce(other)
            if v is None:
                return NotImplemented
            return self._enum_(self._value_ | v)

        def __and__(self, other):
            v = self._flag_coerce(other)
            if v is None:
                return NotImplemented
            return self._enum_(self._value_ & v)

        def __xor__(self, other):
            v = self._flag_coerce(other)
            if v is None:
                return NotImplemented
            return self._enum_(self._value_ ^ v)

        __ror__ = __or__
        __rand__ = __and__
        __rxor__ = __xor__

        def __invert__(self):
            e = self._enum_
            all_bits = 0
            for m in e._member_map_.values():
                all_bits |= m._value_
            return e(all_bits & ~self._value_)

        def __contains__(self, other):
            e = self._enum_
            if not isinstance(other, e._member_type):
                raise TypeError("unsupported operand type(s) for 'in': %r and %r" % (
                    type(other).__name__, e.__qualname__))
            return other._value_ & self._value_ == other._value_

        def __iter__(self):
            return iter(self._enum_._decompose(self._value_))

        def __len__(self):
            return len(self._enum_._decompose(self._value_))

        def __bool__(self):
            return bool(self._value_)

        def __repr__(self):
            e = self._enum_
            name = self._name_
            if name is None:
                return "<%s: %s>" % (e.__name__, e._value_repr_(self))
            return "<%s.%s: %s>" % (e.__name__, name, e._value_repr_(self))

        def __str__(self):
            e = self._enum_
            if self._name_ is None:
                return "%s(%r)" % (e.__name__, self._value_)
            return "%s.%s" % (e.__name__, self._name_)

        def __hash__(self):
            return hash(self._value_)


    Flag = _make_root("Flag", flag=True, parent=Enum, extra={
        "__or__": _FlagOps.__or__, "__and__": _FlagOps.__and__, "__xor__": _FlagOps.__xor__,
        "__ror__": _FlagOps.__or__, "__rand__": _FlagOps.__and__, "__rxor__": _FlagOps.__xor__,
        "__invert__": _FlagOps.__invert__, "__contains__": _FlagOps.__contains__,
        "__iter__": _FlagOps.__iter__, "__len__": _FlagOps.__len__, "__bool__": _FlagOps.__bool__,
        "__repr__": _FlagOps.__repr__, "__str__": _FlagOps.__str__, "__hash__": _FlagOps.__hash__,
        "_flag_coerce": _FlagOps._flag_coerce})


    def _intflag_str(self):
        return repr(int(self._value_))


    def _intflag_repr(self):
        e = self._enum_
        if self._name_ is None:
            return "<%s: %d>" % (e.__name__, self._value_)
        return "<%s.%s: %d>" % (e.__name__, self._name_, self._value_)


    _intflag_extra = dict(_INT_OPS)
    _intflag_extra.update({
        "__str__": _intflag_str, "__repr__": _intflag_repr, "__format__": _int_format,
        "__hash__": _FlagOps.__hash__})
    IntFlag = _make_root("IntFlag", data_type=int, flag=True, parent=Flag, extra=_intflag_extra)
    for _n in ("__or__", "__and__", "__xor__", "__ror__", "__rand__", "__rxor__", "__invert__"):
        setattr(IntFlag._member_type, _n, getattr(_FlagOps, _n))



    g["IntEnum"] = IntEnum
    g["StrEnum"] = StrEnum
    g["Flag"] = Flag
    g["IntFlag"] = IntFlag


_LAZY = ("IntEnum", "StrEnum", "Flag", "IntFlag")


def __getattr__(name):
    if name in _LAZY:
        _build_lazy_roots()
        return globals()[name]
    raise AttributeError("module 'enum' has no attribute '%s'" % name)


class FlagBoundary:
    pass


STRICT = "strict"
CONFORM = "conform"
EJECT = "eject"
KEEP = "keep"


class EnumCheck:
    pass


CONTINUOUS = "no skipped integer values"
NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
UNIQUE = "one name per value"


def unique(enumeration):
    duplicates = []
    for name, m in enumeration.__members__.items():
        if name != m._name_:
            duplicates.append((name, m._name_))
    if duplicates:
        alias_details = ", ".join("%s -> %s" % (alias, name) for (alias, name) in duplicates)
        raise ValueError("duplicate values found in %r: %s" % (enumeration, alias_details))
    return enumeration


def verify(*checks):
    return lambda enumeration: enumeration


def global_enum(cls):
    return cls


def _simple_enum(etype=Enum, **kwds):
    return lambda cls: cls
