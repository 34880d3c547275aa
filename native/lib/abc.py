# abc: abstract base classes, as CPython's abc.
#
# MicroPython has no metaclass keyword and its isinstance() asks no __instancecheck__, so ABC is
# a plain base class: instantiating a subclass that leaves abstract methods undefined raises
# TypeError (checked in ABC.__new__), and register() records virtual subclasses that
# issubclass()/isinstance() cannot see (use abc.is_registered(cls, sub) to ask).

# Functions take no attributes in MicroPython: abstract ones are remembered here.
_abstract_objects = set()


def abstractmethod(funcobj):
    try:
        funcobj.__isabstractmethod__ = True
    except (AttributeError, TypeError):
        _abstract_objects.add(funcobj)
    return funcobj


def _is_abstract(value):
    if getattr(value, "__isabstractmethod__", False):
        return True
    try:
        return value in _abstract_objects
    except TypeError:
        return False


class abstractclassmethod(classmethod):
    __isabstractmethod__ = True


class abstractstaticmethod(staticmethod):
    __isabstractmethod__ = True


class abstractproperty(property):
    __isabstractmethod__ = True


def _linear_bases(cls):
    out = []
    todo = [cls]
    while todo:
        c = todo.pop(0)
        if c is object or c in out:
            continue
        out.append(c)
        todo.extend(getattr(c, "__bases__", ()))
    return out


_cache = {}


def _compute_abstracts(cls):
    abstracts = set()
    names = set()
    for c in _linear_bases(cls):
        names.update(c.__dict__)
    for name in names:
        for c in _linear_bases(cls):
            d = c.__dict__
            if name in d:
                if _is_abstract(d[name]):
                    abstracts.add(name)
                break
    return frozenset(abstracts)


def update_abstractmethods(cls):
    _cache[cls] = a = _compute_abstracts(cls)
    try:
        cls.__abstractmethods__ = a
    except (AttributeError, TypeError):
        pass
    return cls


def _abstracts(cls):
    try:
        return _cache[cls]
    except KeyError:
        update_abstractmethods(cls)
        return _cache[cls]


_registry = {}


class ABC:
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        abstract = _abstracts(cls)
        if abstract:
            names = sorted(abstract)
            raise TypeError("Can't instantiate abstract class %s with abstract method%s %s"
                            % (cls.__name__, "s" if len(names) > 1 else "", ", ".join(names)))
        return object.__new__(cls)

    @classmethod
    def register(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        _registry.setdefault(cls, []).append(subclass)
        return subclass


def is_registered(cls, subclass):
    for base in _linear_bases(cls):
        for c in _registry.get(base, ()):
            if issubclass(subclass, c):
                return True
    return issubclass(subclass, cls)


class ABCMeta(type):
    # Usable as a metaclass where the interpreter supports metaclasses.
    def register(cls, subclass):
        _registry.setdefault(cls, []).append(subclass)
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        return is_registered(cls, subclass)


def get_cache_token():
    return len(_registry)
