# json: CPython's interface over MicroPython's C parser and printer (ujson). dumps/dump take
# indent, sort_keys, ensure_ascii, separators, default, skipkeys, allow_nan and cls; loads/load
# raise JSONDecodeError (a ValueError) with CPython's message and position.
import _jsonc
import ujson

__all__ = ["dump", "dumps", "load", "loads", "JSONDecoder", "JSONDecodeError", "JSONEncoder"]


class JSONDecodeError(ValueError):
    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        super().__init__("%s: line %d column %d (char %d)" % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


_ESC = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def _ascii_escape(s):
    out = []
    for ch in s:
        c = ord(ch)
        if c < 0x80:
            out.append(ch)
        elif c < 0x10000:
            out.append("\\u%04x" % c)
        else:
            c -= 0x10000
            out.append("\\u%04x\\u%04x" % (0xD800 | (c >> 10), 0xDC00 | (c & 0x3FF)))
    return "".join(out)


def _encode_str(s, ensure_ascii):
    r = ujson.dumps(s)
    if "\x7f" in s:
        r = r.replace("\x7f", "\\u007f") if ensure_ascii else r
    if ensure_ascii and not r.isascii():
        r = _ascii_escape(r)
    return r


def _float_repr(f, allow_nan):
    if f != f:
        text = "NaN"
    elif f == float("inf"):
        text = "Infinity"
    elif f == -float("inf"):
        text = "-Infinity"
    else:
        return repr(f)
    if not allow_nan:
        raise ValueError("Out of range float values are not JSON compliant")
    return text


class JSONEncoder:
    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent, item, key = _layout(indent, separators)
        # otherwise the class's separators stay (a subclass may set its own)
        if separators is not None:
            self.item_separator, self.key_separator = item, key
        elif indent is not None:
            self.item_separator = item
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError("Object of type %s is not JSON serializable" % type(o).__name__)

    def encode(self, o):
        r = _fast(self, o)
        if r is not None:
            return r
        parts = []
        self._encode(o, parts, 0, set() if self.check_circular else None)
        return "".join(parts)

    def iterencode(self, o, _one_shot=False):
        return iter([self.encode(o)])

    def _key(self, k):
        if isinstance(k, str):
            return k
        if k is True:
            return "true"
        if k is False:
            return "false"
        if k is None:
            return "null"
        if isinstance(k, float):
            return _float_repr(k, self.allow_nan)
        if isinstance(k, int):
            return str(int(k))
        if self.skipkeys:
            return None
        raise TypeError("keys must be str, int, float, bool or None, not %s" % type(k).__name__)

    def _encode(self, o, parts, depth, seen):
        if isinstance(o, str):
            parts.append(_encode_str(o, self.ensure_ascii))
        elif o is None:
            parts.append("null")
        elif o is True:
            parts.append("true")
        elif o is False:
            parts.append("false")
        elif isinstance(o, int):
            parts.append(repr(o) if type(o) is int else repr(int(o)))
        elif isinstance(o, float):
            parts.append(_float_repr(o, self.allow_nan))
        elif isinstance(o, (list, tuple, dict)):
            if seen is not None:
                if id(o) in seen:
                    raise ValueError("Circular reference detected")
                seen.add(id(o))
            if isinstance(o, dict):
                self._encode_dict(o, parts, depth, seen)
            else:
                self._encode_list(o, parts, depth, seen)
            if seen is not None:
                seen.discard(id(o))
        else:
            if seen is not None:
                if id(o) in seen:
                    raise ValueError("Circular reference detected")
                seen.add(id(o))
            self._encode(self.default(o), parts, depth, seen)
            if seen is not None:
                seen.discard(id(o))

    def _open(self, parts, depth):
        if self.indent is not None:
            parts.append("\n" + self.indent * (depth + 1))

    def _encode_list(self, o, parts, depth, seen):
        if not o:
            parts.append("[]")
            return
        parts.append("[")
        self._open(parts, depth)
        sep = self.item_separator
        if self.indent is not None:
            sep = sep + "\n" + self.indent * (depth + 1)
        first = True
        for item in o:
            if not first:
                parts.append(sep)
            first = False
            self._encode(item, parts, depth + 1, seen)
        if self.indent is not None:
            parts.append("\n" + self.indent * depth)
        parts.append("]")

    def _encode_dict(self, o, parts, depth, seen):
        if not o:
            parts.append("{}")
            return
        items = list(o.items())
        if self.sort_keys:
            items.sort(key=lambda kv: kv[0])
        parts.append("{")
        self._open(parts, depth)
        sep = self.item_separator
        if self.indent is not None:
            sep = sep + "\n" + self.indent * (depth + 1)
        first = True
        for k, v in items:
            k = self._key(k)
            if k is None:
                continue
            if not first:
                parts.append(sep)
            first = False
            parts.append(_encode_str(k, self.ensure_ascii))
            parts.append(self.key_separator)
            self._encode(v, parts, depth + 1, seen)
        if self.indent is not None:
            parts.append("\n" + self.indent * depth)
        parts.append("}")


def _layout(indent, separators):
    # indent as the text of one level (or None), and the item and key separators, as CPython
    # derives them from dumps()'s arguments
    if indent is not None and not isinstance(indent, str):
        indent = " " * indent
    if separators is not None:
        item, key = separators
    else:
        item, key = (", " if indent is None else ","), ": "
    return indent, item, key


def _fast(enc, o):
    # The C printer (_jsonc, native/port/modjsonc.c) prints plain data (exactly dict, list, tuple,
    # str, int, float, bool, None) as CPython would with these options, or returns None and the
    # Python encoder does the work and raises CPython's errors.
    item, key = enc.item_separator, enc.key_separator
    if type(item) is not str or type(key) is not str or not (enc.indent is None or type(enc.indent) is str):
        return None
    return _jsonc.dumps(o, enc.ensure_ascii, enc.allow_nan, enc.indent, item, key, enc.sort_keys)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
          indent=None, separators=None, default=None, sort_keys=False, **kw):
    if cls is None and not kw:
        # the C printer first, without building an encoder (see _fast)
        text, item, key = _layout(indent, separators)
        if type(item) is str and type(key) is str and (text is None or type(text) is str):
            r = _jsonc.dumps(obj, ensure_ascii, allow_nan, text, item, key, sort_keys)
            if r is not None:
                return r
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, **kw):
    fp.write(dumps(obj, **kw))


# ---- decoding: the C parser, and on failure a scan that finds CPython's error ----

_WS = " \t\n\r"


class _Scanner:
    def __init__(self, doc):
        self.doc = doc

    def fail(self, msg, pos):
        raise JSONDecodeError(msg, self.doc, pos)

    def ws(self, i):
        doc = self.doc
        while i < len(doc) and doc[i] in _WS:
            i += 1
        return i

    def value(self, i):
        doc = self.doc
        i = self.ws(i)
        if i >= len(doc):
            self.fail("Expecting value", i)
        c = doc[i]
        if c == '"':
            return self.string(i)
        if c == "{":
            return self.obj(i + 1)
        if c == "[":
            return self.arr(i + 1)
        for word in ("null", "true", "false", "NaN", "Infinity", "-Infinity"):
            if doc.startswith(word, i):
                return i + len(word)
        j = i
        if j < len(doc) and doc[j] == "-":
            j += 1
        if j < len(doc) and doc[j].isdigit():
            while j < len(doc) and doc[j].isdigit():
                j += 1
            if j + 1 < len(doc) and doc[j] == chr(46) and doc[j + 1].isdigit():
                j += 1
                while j < len(doc) and doc[j].isdigit():
                    j += 1
            if j < len(doc) and doc[j] in "eE":
                k = j + 1
                if k < len(doc) and doc[k] in "+-":
                    k += 1
                if k < len(doc) and doc[k].isdigit():
                    while k < len(doc) and doc[k].isdigit():
                        k += 1
                    j = k
            return j
        self.fail("Expecting value", i)

    def string(self, i):
        doc = self.doc
        start = i
        i += 1
        while True:
            if i >= len(doc):
                self.fail("Unterminated string starting at", start)
            c = doc[i]
            if c == '"':
                return i + 1
            if c == "\\":
                if i + 1 >= len(doc):
                    self.fail("Unterminated string starting at", start)
                e = doc[i + 1]
                if e == "u":
                    h = doc[i + 2:i + 6]
                    if len(h) < 4 or not all(ch in "0123456789abcdefABCDEF" for ch in h):
                        self.fail("Invalid \\uXXXX escape", i + 1)
                    i += 6
                    continue
                if e not in '"\\/bfnrt':
                    self.fail("Invalid \\escape", i)
                i += 2
                continue
            if ord(c) < 0x20:
                self.fail("Invalid control character at", i)
            i += 1

    def obj(self, i):
        doc = self.doc
        i = self.ws(i)
        if i < len(doc) and doc[i] == "}":
            return i + 1
        while True:
            i = self.ws(i)
            if i >= len(doc) or doc[i] != '"':
                self.fail("Expecting property name enclosed in double quotes", i)
            i = self.ws(self.string(i))
            if i >= len(doc) or doc[i] != ":":
                self.fail("Expecting ':' delimiter", i)
            i = self.ws(self.value(i + 1))
            if i < len(doc) and doc[i] == "}":
                return i + 1
            if i >= len(doc) or doc[i] != ",":
                self.fail("Expecting ',' delimiter", i)
            i = i + 1

    def arr(self, i):
        doc = self.doc
        i = self.ws(i)
        if i < len(doc) and doc[i] == "]":
            return i + 1
        while True:
            i = self.ws(self.value(i))
            if i < len(doc) and doc[i] == "]":
                return i + 1
            if i >= len(doc) or doc[i] != ",":
                self.fail("Expecting ',' delimiter", i)
            i = i + 1

    def document(self):
        end = self.ws(self.value(0))
        if end != len(self.doc):
            self.fail("Extra data", end)


def _hook(value, object_hook, object_pairs_hook):
    if isinstance(value, dict):
        for k in value:
            value[k] = _hook(value[k], object_hook, object_pairs_hook)
        if object_pairs_hook is not None:
            return object_pairs_hook(list(value.items()))
        if object_hook is not None:
            return object_hook(value)
    elif isinstance(value, list):
        for i in range(len(value)):
            value[i] = _hook(value[i], object_hook, object_pairs_hook)
    return value


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
          object_pairs_hook=None, **kw):
    if isinstance(s, (bytes, bytearray)):
        s = s.decode()
    elif not isinstance(s, str):
        raise TypeError("the JSON object must be str, bytes or bytearray, not %s" % type(s).__name__)
    try:
        value = ujson.loads(s)
    except ValueError:
        # find where and why, as CPython reports it
        _Scanner(s).document()
        raise JSONDecodeError("Expecting value", s, 0)
    if parse_float is not None or parse_int is not None:
        value = _convert_numbers(value, parse_float, parse_int)
    if object_hook is not None or object_pairs_hook is not None:
        value = _hook(value, object_hook, object_pairs_hook)
    return value


def _convert_numbers(value, parse_float, parse_int):
    if isinstance(value, bool):
        return value
    if isinstance(value, float) and parse_float is not None:
        return parse_float(repr(value))
    if isinstance(value, int) and parse_int is not None:
        return parse_int(str(value))
    if isinstance(value, dict):
        for k in value:
            value[k] = _convert_numbers(value[k], parse_float, parse_int)
    elif isinstance(value, list):
        for i in range(len(value)):
            value[i] = _convert_numbers(value[i], parse_float, parse_int)
    return value


def load(fp, **kw):
    return loads(fp.read(), **kw)


class JSONDecoder:
    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.object_pairs_hook = object_pairs_hook
        self.parse_float = parse_float
        self.parse_int = parse_int

    def decode(self, s):
        return loads(s, object_hook=self.object_hook, object_pairs_hook=self.object_pairs_hook,
                     parse_float=self.parse_float, parse_int=self.parse_int)
