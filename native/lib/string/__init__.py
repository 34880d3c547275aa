# string: common string constants, Template, capwords and Formatter, as CPython's string.
# Shadows MicroPython's built-in string module (its templatelib stays available).
# The frozen-module build maps the string constants "." and "~" onto other qstrs
# ("_dot_", U+02DC): they are spelled with chr() here.
_DOT = chr(46)


try:
    from ustring import templatelib
except ImportError:
    pass

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits",
           "hexdigits", "octdigits", "printable", "punctuation", "whitespace", "Formatter",
           "Template"]

whitespace = " \t\n\r\v\f"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def _capitalize(w):
    return w[:1].upper() + w[1:].lower()


def capwords(s, sep=None):
    return (sep or " ").join(_capitalize(x) for x in s.split(sep))


def _is_ident_start(c):
    return c == "_" or c.isalpha()


def _is_ident_char(c):
    return c == "_" or c.isalpha() or c.isdigit()


class Template:
    delimiter = "$"
    idpattern = None
    braceidpattern = None
    flags = None

    def __init__(self, template):
        self.template = template

    def _scan(self, mapping, safe):
        # walk the template once; returns the substituted string
        t = self.template
        delim = self.delimiter
        dl = len(delim)
        out = []
        i = 0
        n = len(t)
        while i < n:
            j = t.find(delim, i)
            if j < 0:
                out.append(t[i:])
                break
            out.append(t[i:j])
            k = j + dl
            if t.startswith(delim, k):
                out.append(delim)
                i = k + dl
                continue
            if k < n and t[k] == "{":
                end = t.find("}", k + 1)
                name = t[k + 1:end] if end >= 0 else ""
                if end >= 0 and self._valid(name):
                    i = end + 1
                    out.append(self._lookup(mapping, name, t[j:i], safe))
                    continue
                if safe:
                    out.append(delim)
                    i = k
                    continue
                self._invalid(k)
            m = k
            if m < n and _is_ident_start(t[m]) and ord(t[m]) < 128:
                m += 1
                while m < n and _is_ident_char(t[m]) and ord(t[m]) < 128:
                    m += 1
                name = t[k:m]
                out.append(self._lookup(mapping, name, t[j:m], safe))
                i = m
                continue
            if safe:
                out.append(delim)
                i = k
                continue
            self._invalid(k)
        return "".join(out)

    def _valid(self, name):
        return (name != "" and _is_ident_start(name[0]) and ord(name[0]) < 128
                and all(_is_ident_char(c) and ord(c) < 128 for c in name))

    def _lookup(self, mapping, name, text, safe):
        try:
            return "%s" % (mapping[name],)
        except KeyError:
            if safe:
                return text
            raise

    def _invalid(self, i):
        lines = self.template[:i].splitlines(True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError("Invalid placeholder in string: line %d, col %d" % (lineno, colno))

    def substitute(self, mapping=None, **kws):
        return self._scan(_merge(mapping, kws), False)

    def safe_substitute(self, mapping=None, **kws):
        return self._scan(_merge(mapping, kws), True)

    def get_identifiers(self):
        ids = []

        class Recorder:
            def __getitem__(self, name):
                if name not in ids:
                    ids.append(name)
                return ""
        self._scan(Recorder(), True)
        return ids

    def is_valid(self):
        try:
            self._scan(_AnyMapping(), False)
        except ValueError:
            return False
        return True


class _AnyMapping:
    def __getitem__(self, name):
        return ""


class _ChainLookup:
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


def _merge(mapping, kws):
    if mapping is None:
        return kws
    if kws:
        return _ChainLookup(kws, mapping)
    return mapping


class Formatter:
    def format(self, format_string, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError("Max string recursion exceeded")
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == "":
                    if auto_arg_index is False:
                        raise ValueError("cannot switch from manual field specification to automatic field numbering")
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError("cannot switch from manual field specification to automatic field numbering")
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(format_spec, args, kwargs, used_args,
                                                            recursion_depth - 1, auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return "".join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        f = getattr(type(value), "__format__", None)
        if f is not None and not isinstance(value, (int, float, str)):
            return f(value, format_spec)
        return ("{:" + format_spec + "}").format(value) if format_spec else "%s" % (value,)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            r = repr(value)
            return "".join(c if ord(c) < 128 else ("\\x%02x" % ord(c) if ord(c) < 256 else "\\u%04x" % ord(c) if ord(c) < 0x10000 else "\\U%08x" % ord(c)) for c in r)
        raise ValueError("Unknown conversion specifier %s" % conversion)

    def parse(self, format_string):
        # yields (literal_text, field_name, format_spec, conversion)
        s = format_string
        n = len(s)
        i = 0
        literal = []
        while i < n:
            c = s[i]
            if c == "{":
                if i + 1 < n and s[i + 1] == "{":
                    literal.append("{")
                    i += 2
                    yield "".join(literal), None, None, None
                    literal = []
                    continue
                # find the matching close brace, allowing nested braces in the spec
                depth = 1
                j = i + 1
                while j < n and depth:
                    if s[j] == "{":
                        depth += 1
                    elif s[j] == "}":
                        depth -= 1
                    j += 1
                if depth:
                    raise ValueError("expected '}' before end of string")
                field = s[i + 1:j - 1]
                conversion = None
                spec = ""
                # split name!conv:spec (the name part holds no ':' or '!' outside brackets)
                k = 0
                while k < len(field) and field[k] not in "!:":
                    if field[k] == "[":
                        k = field.index("]", k)
                    k += 1
                name = field[:k]
                rest = field[k:]
                if rest.startswith("!"):
                    if len(rest) < 2:
                        raise ValueError("end of string while looking for conversion specifier")
                    conversion = rest[1]
                    rest = rest[2:]
                    if rest and not rest.startswith(":"):
                        raise ValueError("expected ':' after conversion specifier")
                if rest.startswith(":"):
                    spec = rest[1:]
                yield "".join(literal), name, spec, conversion
                literal = []
                i = j
            elif c == "}":
                if i + 1 < n and s[i + 1] == "}":
                    literal.append("}")
                    i += 2
                    yield "".join(literal), None, None, None
                    literal = []
                    continue
                raise ValueError("Single '}' encountered in format string")
            else:
                literal.append(c)
                i += 1
        if literal:
            yield "".join(literal), None, None, None

    def get_field(self, field_name, args, kwargs):
        # first part, then .attr and [key] parts
        i = 0
        n = len(field_name)
        while i < n and field_name[i] not in ".[":
            i += 1
        first = field_name[:i]
        key = int(first) if first.isdigit() else first
        obj = self.get_value(key, args, kwargs)
        while i < n:
            if field_name[i] == _DOT:
                j = i + 1
                while j < n and field_name[j] not in ".[":
                    j += 1
                obj = getattr(obj, field_name[i + 1:j])
                i = j
            else:
                j = field_name.index("]", i)
                k = field_name[i + 1:j]
                obj = obj[int(k) if k.isdigit() else k]
                i = j + 1
        return obj, key
