# warnings: warning control, as CPython's warnings. MicroPython has no frames to inspect, so a
# warning is reported as coming from "sys", line 1 (what CPython says when it cannot tell).
import sys
import builtins

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
           "simplefilter", "resetwarnings", "catch_warnings"]


def _category(name, base):
    c = getattr(builtins, name, None)
    if c is None:
        c = type(name, (base,), {})
        try:
            setattr(builtins, name, c)
        except (AttributeError, TypeError):
            pass
    return c


Warning = _category("Warning", Exception)
UserWarning = _category("UserWarning", Warning)
DeprecationWarning = _category("DeprecationWarning", Warning)
PendingDeprecationWarning = _category("PendingDeprecationWarning", Warning)
SyntaxWarning = _category("SyntaxWarning", Warning)
RuntimeWarning = _category("RuntimeWarning", Warning)
FutureWarning = _category("FutureWarning", Warning)
ImportWarning = _category("ImportWarning", Warning)
UnicodeWarning = _category("UnicodeWarning", Warning)
BytesWarning = _category("BytesWarning", Warning)
ResourceWarning = _category("ResourceWarning", Warning)
EncodingWarning = _category("EncodingWarning", Warning)

# (action, message, category, module, lineno), newest first
filters = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]
defaultaction = "default"
onceregistry = {}
_registry = {}
_filters_version = [1]


class WarningMessage:
    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}"
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


def formatwarning(message, category, filename, lineno, line=None):
    s = "%s:%s: %s: %s\n" % (filename, lineno, category.__name__, message)
    if line:
        s += "  %s\n" % line.strip()
    return s


def _showwarnmsg_impl(msg):
    f = msg.file
    if f is None:
        f = sys.stderr
        if f is None:
            return
    text = formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    try:
        f.write(text)
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


_showwarning_orig = showwarning


def _showwarnmsg(msg):
    sw = globals()["showwarning"]
    if sw is not _showwarning_orig:
        sw(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


def _check_category(category):
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'" % type(category).__name__)


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    if action not in ("error", "ignore", "always", "default", "module", "once"):
        raise ValueError("invalid action: %r" % (action,))
    if not isinstance(message, str):
        raise TypeError("message must be a string")
    _check_category(category)
    _add_filter(action, message or None, category, module or None, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    if action not in ("error", "ignore", "always", "default", "module", "once"):
        raise ValueError("invalid action: %r" % (action,))
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_version[0] += 1
    _registry.clear()


def resetwarnings():
    filters[:] = []
    _filters_version[0] += 1
    _registry.clear()


def _match(pattern, text):
    if pattern is None:
        return True
    import re
    return re.match(pattern, text) is not None


def warn(message, category=None, stacklevel=1, source=None):
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    _check_category(category)
    warn_explicit(message, category, "sys", 1, "sys", None, None, source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = _registry
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    action = defaultaction
    for item in filters:
        act, msg, cat, mod, ln = item
        if ((msg is None or _match(msg, text)) and issubclass(category, cat)
                and (mod is None or _match(mod, module)) and (ln == 0 or lineno == ln)):
            action = act
            break
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        okey = (text, category)
        if onceregistry.get(okey):
            return
        onceregistry[okey] = 1
    elif action == "always":
        pass
    elif action == "module":
        registry[key] = 1
        if registry.get((text, category, 0)):
            return
        registry[(text, category, 0)] = 1
    elif action == "default":
        registry[key] = 1
    _showwarnmsg(WarningMessage(message, category, filename, lineno, None, None, source))


class catch_warnings:
    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0,
                 append=False):
        self._record = record
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        g = globals()
        self._filters = filters[:]
        self._showwarning = g["showwarning"]
        self._registry = dict(_registry)
        self._once = dict(onceregistry)
        _registry.clear()
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []

            def record(message, category, filename, lineno, file=None, line=None):
                log.append(WarningMessage(message, category, filename, lineno, file, line))
            g["showwarning"] = record
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        filters[:] = self._filters
        globals()["showwarning"] = self._showwarning
        _registry.clear()
        _registry.update(self._registry)
        onceregistry.clear()
        onceregistry.update(self._once)
        _filters_version[0] += 1
