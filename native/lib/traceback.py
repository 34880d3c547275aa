# traceback: print or retrieve exception tracebacks, as CPython's traceback, as far as the
# interpreter allows: MicroPython keeps a list of (file, line, function) per exception, printed
# by sys.print_exception; there are no frame objects, and format_exc()/print_exc() need
# sys.exc_info() to find the exception being handled.
import sys

# The frozen-module build maps the string constants "." and "~" onto other qstrs
# ("_dot_", U+02DC): they are spelled with chr() here.
_DOT = chr(46)


__all__ = ["extract_stack", "extract_tb", "format_exception", "format_exception_only",
           "format_list", "format_stack", "format_tb", "print_exc", "format_exc",
           "print_exception", "print_last", "print_stack", "print_tb", "clear_frames",
           "FrameSummary", "StackSummary", "TracebackException", "walk_stack", "walk_tb"]

_sentinel = object()


def _exc_text(exc):
    # the interpreter's own rendering of an exception with its traceback
    import io
    s = io.StringIO()
    pe = getattr(sys, "print_exception", None)
    if pe is not None:
        pe(exc, s)
    else:
        s.write("".join(format_exception_only(exc)))
    return s.getvalue()


def _split(exc):
    # -> ([traceback lines], [exception-only lines])
    text = _exc_text(exc)
    lines = text.splitlines(True)
    tb = []
    rest = []
    for i, l in enumerate(lines):
        if l.startswith("Traceback") or l.startswith("  "):
            tb.append(l)
        else:
            rest = lines[i:]
            break
    return tb, rest


class FrameSummary:
    __slots__ = ("filename", "lineno", "name", "_line", "locals", "end_lineno", "colno", "end_colno")

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.locals = locals
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno

    @property
    def line(self):
        if self._line is None:
            self._line = _getline(self.filename, self.lineno)
        return self._line.strip() if self._line else self._line

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {}, line {} in {}>".format(self.filename, self.lineno, self.name)

    def __len__(self):
        return 4


def _getline(filename, lineno):
    try:
        with open(filename) as f:
            for i, line in enumerate(f):
                if i + 1 == lineno:
                    return line
    except Exception:
        pass
    return ""


class StackSummary(list):
    @classmethod
    def from_list(cls, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format(self):
        result = []
        for fs in self:
            row = '  File "%s", line %s, in %s\n' % (fs.filename, fs.lineno, fs.name)
            if fs.line:
                row += "    %s\n" % fs.line
            result.append(row)
        return result


def _frames_of(exc):
    # parse the interpreter's traceback lines into FrameSummary objects
    tb, _ = _split(exc)
    frames = StackSummary()
    for l in tb:
        l = l.strip()
        if not l.startswith("File "):
            continue
        try:
            first, rest = l[6:].split('", line ', 1)
            if ", in " in rest:
                lineno, name = rest.split(", in ", 1)
            else:
                lineno, name = rest, "<module>"
            frames.append(FrameSummary(first, int(lineno), name, line=""))
        except ValueError:
            continue
    return frames


def extract_tb(tb, limit=None):
    if isinstance(tb, BaseException):
        frames = _frames_of(tb)
        return StackSummary(frames[:limit] if limit is not None else frames)
    return StackSummary()


def extract_stack(f=None, limit=None):
    return StackSummary()


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def format_tb(tb, limit=None):
    return extract_tb(tb, limit).format()


def print_tb(tb, limit=None, file=None):
    if file is None:
        file = sys.stderr
    for item in format_tb(tb, limit):
        file.write(item)


def _exc_and_value(exc, value):
    if value is _sentinel:
        return exc
    if value is None and isinstance(exc, type):
        return None
    return value


def format_exception_only(exc, value=_sentinel):
    if value is not _sentinel:
        if value is None:
            name = exc.__name__ if isinstance(exc, type) else "NoneType"
            return ["%s\n" % name] if isinstance(exc, type) else ["NoneType: None\n"]
        exc = value
    if exc is None:
        return ["NoneType: None\n"]
    etype = type(exc)
    stype = etype.__name__
    mod = getattr(etype, "__module__", None)
    if mod not in ("__main__", "builtins", None):
        stype = mod + _DOT + stype
    try:
        msg = str(exc)
    except Exception:
        msg = "<exception str() failed>"
    if isinstance(exc, SyntaxError) and False:
        pass
    if msg:
        return ["%s: %s\n" % (stype, msg)]
    return ["%s\n" % stype]


_CAUSE = "\nThe above exception was the direct cause of the following exception:\n\n"
_CONTEXT = "\nDuring handling of the above exception, another exception occurred:\n\n"


def _chained(e):
    # -> (the exception e was raised from or while handling, the text between them), or None
    c = getattr(e, "__cause__", None)
    if c is not None:
        return c, _CAUSE
    c = getattr(e, "__context__", None)
    if c is not None and not getattr(e, "__suppress_context__", False):
        return c, _CONTEXT
    return None


def _format_one(e, limit):
    tb_lines, _ = _split(e)
    out = []
    if tb_lines:
        frames = _frames_of(e)
        if limit is not None:
            frames = StackSummary(frames[:limit] if limit >= 0 else frames[limit:])
        out.append("Traceback (most recent call last):\n")
        out.extend(frames.format())
    out.extend(format_exception_only(e))
    return out


def format_exception(exc, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    e = _exc_and_value(exc, value)
    if e is None:
        return ["NoneType: None\n"]
    # the chain, newest first: (exception, text printed after it)
    links = [(e, None)]
    if chain:
        seen = {id(e)}
        while True:
            nxt = _chained(links[-1][0])
            if nxt is None or id(nxt[0]) in seen:
                break
            seen.add(id(nxt[0]))
            links.append(nxt)
    out = []
    for i in range(len(links) - 1, -1, -1):
        out.extend(_format_one(links[i][0], limit))
        if i:
            out.append(links[i][1])
    return out


def print_exception(exc, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        file.write(line)


def _current():
    f = getattr(sys, "exc_info", None)
    if f is None:
        return None
    return f()[1]


def format_exc(limit=None, chain=True):
    e = _current()
    if e is None:
        return "NoneType: None\n"
    return "".join(format_exception(e, limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    file.write(format_exc(limit, chain))


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_value"):
        raise ValueError("no last exception")
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)


def print_stack(f=None, limit=None, file=None):
    pass


def format_stack(f=None, limit=None):
    return []


def clear_frames(tb):
    pass


def walk_stack(f):
    return iter(())


def walk_tb(tb):
    return iter(())


class TracebackException:
    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10,
                 _seen=None):
        self.exc_type = exc_type
        self._exc = exc_value
        self._str = str(exc_value) if exc_value is not None else ""
        self.stack = extract_tb(exc_value, limit) if exc_value is not None else StackSummary()
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.__cause__ = None
        self.__context__ = None
        self.__suppress_context__ = bool(getattr(exc_value, "__suppress_context__", False))
        for name in ("__cause__", "__context__"):
            c = getattr(exc_value, name, None)
            if c is not None and id(c) not in _seen:
                setattr(self, name, TracebackException(type(c), c, None, limit=limit, _seen=_seen))
        self.__notes__ = getattr(exc_value, "__notes__", None)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, None, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        yield from format_exception_only(self._exc)

    def format(self, *, chain=True):
        if chain:
            if self.__cause__ is not None:
                yield from self.__cause__.format(chain=chain)
                yield _CAUSE
            elif self.__context__ is not None and not self.__suppress_context__:
                yield from self.__context__.format(chain=chain)
                yield _CONTEXT
        if self.stack:
            yield "Traceback (most recent call last):\n"
            yield from self.stack.format()
        yield from self.format_exception_only()

    def print(self, *, file=None, chain=True):
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            file.write(line)
