# copy: shallow and deep copy operations, as CPython's copy.

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_atomic = (type(None), int, float, bool, complex, str, bytes, type, range, type(Ellipsis),
           type(NotImplemented), type(len), type(lambda: 0), property, type(__import__("sys")))
try:
    _atomic += (frozenset,)
except NameError:
    pass


def _is_atomic(x):
    t = type(x)
    return t in _atomic or (t is frozenset) or isinstance(x, type)


def _new_like(x):
    cls = type(x)
    try:
        return object.__new__(cls)
    except TypeError:
        return cls.__new__(cls)


def _get_state(x):
    getstate = getattr(type(x), "__getstate__", None)
    if getstate is not None:
        return getstate(x)
    try:
        return x.__dict__
    except AttributeError:
        return None


def _set_state(y, state):
    setstate = getattr(type(y), "__setstate__", None)
    if setstate is not None:
        setstate(y, state)
        return
    if state:
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
            if slotstate:
                for k, v in slotstate.items():
                    object.__setattr__(y, k, v)
        if state:
            for k, v in state.items():
                object.__setattr__(y, k, v)


def copy(x):
    cls = type(x)
    if _is_atomic(x):
        return x
    if cls in (list, dict, set, bytearray):
        return cls(x)
    if cls is tuple:
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    if isinstance(x, (list, dict, set, tuple, bytearray)):
        # a subclass of a built-in container: rebuild through the constructor, keep attributes
        try:
            y = cls(x)
        except TypeError:
            raise Error("un(shallow)copyable object of type %s" % cls)
        state = _get_state(x)
        if state:
            _set_state(y, dict(state) if isinstance(state, dict) else state)
        return y
    try:
        y = _new_like(x)
    except Exception:
        raise Error("un(shallow)copyable object of type %s" % cls)
    state = _get_state(x)
    if state:
        _set_state(y, dict(state) if isinstance(state, dict) else state)
    return y


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if _is_atomic(x):
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        try:
            return memo[d]
        except KeyError:
            pass
        for k, j in zip(x, items):
            if k is not j:
                y = tuple(items)
                break
        else:
            y = x
    elif cls is set:
        y = set()
        memo[d] = y
        for a in x:
            y.add(deepcopy(a, memo))
    elif cls is bytearray:
        y = bytearray(x)
    else:
        copier = getattr(cls, "__deepcopy__", None)
        if copier is not None:
            y = copier(x, memo)
        elif isinstance(x, tuple) and hasattr(cls, "_fields"):
            y = cls(*[deepcopy(a, memo) for a in x])
        elif isinstance(x, (list, dict, set, tuple)):
            try:
                if isinstance(x, dict):
                    y = cls()
                    memo[d] = y
                    for key, value in x.items():
                        y[deepcopy(key, memo)] = deepcopy(value, memo)
                elif isinstance(x, (list, set)):
                    y = cls()
                    memo[d] = y
                    for a in x:
                        (y.append if isinstance(x, list) else y.add)(deepcopy(a, memo))
                else:
                    y = cls([deepcopy(a, memo) for a in x])
            except TypeError:
                raise Error("un(deep)copyable object of type %s" % cls)
            state = _get_state(x)
            if state:
                _set_state(y, deepcopy(state, memo))
        else:
            try:
                y = _new_like(x)
            except Exception:
                raise Error("un(deep)copyable object of type %s" % cls)
            memo[d] = y
            state = _get_state(x)
            if state:
                _set_state(y, deepcopy(state, memo))
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]
