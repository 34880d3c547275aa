# csv: CSV file reading and writing, as CPython's csv (dialects, quoting, DictReader/Writer).

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "Error", "Dialect",
           "excel", "excel_tab", "field_size_limit", "reader", "writer", "register_dialect",
           "get_dialect", "list_dialects", "Sniffer", "unregister_dialect", "DictReader",
           "DictWriter", "unix_dialect"]

QUOTE_MINIMAL = 0
QUOTE_ALL = 1
QUOTE_NONNUMERIC = 2
QUOTE_NONE = 3

__version__ = "1.0"


class Error(Exception):
    pass


_field_limit = 128 * 1024


def field_size_limit(*args):
    global _field_limit
    old = _field_limit
    if args:
        if len(args) > 1:
            raise TypeError("field_size_limit expected at most 1 argument, got %d" % len(args))
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _field_limit = args[0]
    return old


class Dialect:
    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None
    strict = False

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _Dialect(self)
        except TypeError as e:
            raise Error(str(e))


class excel(Dialect):
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\r\n"
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    delimiter = "\t"


class unix_dialect(Dialect):
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = QUOTE_ALL


_dialects = {"excel": excel, "excel-tab": excel_tab, "unix": unix_dialect}


class _Dialect:
    # the resolved parameters of a reader or writer
    def __init__(self, dialect=None, **kwargs):
        if dialect is not None:
            if isinstance(dialect, str):
                dialect = get_dialect(dialect)
        else:
            dialect = excel

        def get(name, default):
            if name in kwargs:
                return kwargs[name]
            v = getattr(dialect, name, None)
            return default if v is None else v
        self.delimiter = get("delimiter", ",")
        self.doublequote = get("doublequote", True)
        self.escapechar = kwargs["escapechar"] if "escapechar" in kwargs else getattr(dialect, "escapechar", None)
        self.lineterminator = get("lineterminator", "\r\n")
        self.quotechar = kwargs["quotechar"] if "quotechar" in kwargs else getattr(dialect, "quotechar", '"')
        self.quoting = get("quoting", QUOTE_MINIMAL)
        self.skipinitialspace = get("skipinitialspace", False)
        self.strict = get("strict", False)
        if not isinstance(self.delimiter, str) or len(self.delimiter) != 1:
            if isinstance(self.delimiter, str):
                raise TypeError('"delimiter" must be a 1-character string')
            raise TypeError('"delimiter" must be string, not %s' % type(self.delimiter).__name__)
        if self.quotechar is not None and (not isinstance(self.quotechar, str) or len(self.quotechar) != 1):
            if self.quotechar == "":
                raise TypeError('"quotechar" must be a 1-character string')
            if isinstance(self.quotechar, str):
                raise TypeError('"quotechar" must be a 1-character string')
            raise TypeError('"quotechar" must be string or None, not %s' % type(self.quotechar).__name__)
        if self.quotechar is None and self.quoting != QUOTE_NONE:
            if "quoting" not in kwargs and getattr(dialect, "quoting", None) is None:
                self.quoting = QUOTE_NONE
            else:
                raise TypeError("quotechar must be set if quoting enabled")
        if self.escapechar is not None and (not isinstance(self.escapechar, str) or len(self.escapechar) != 1):
            raise TypeError('"escapechar" must be a 1-character string')
        if not isinstance(self.lineterminator, str):
            raise TypeError('"lineterminator" must be a string')
        if self.quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError("bad \"quoting\" value")


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    base = dialect if dialect is not None else excel
    if isinstance(base, str):
        base = get_dialect(base)
    d = _Dialect(base, **fmtparams)
    attrs = {k: getattr(d, k) for k in ("delimiter", "doublequote", "escapechar", "lineterminator",
                                        "quotechar", "quoting", "skipinitialspace", "strict")}
    _dialects[name] = type(name, (Dialect,), attrs)


def unregister_dialect(name):
    try:
        del _dialects[name]
    except KeyError:
        raise Error("unknown dialect")


def get_dialect(name):
    try:
        return _dialects[name]
    except KeyError:
        raise Error("unknown dialect")


def list_dialects():
    return list(_dialects)


# reader states
_START_RECORD = 0
_START_FIELD = 1
_ESCAPED_CHAR = 2
_IN_FIELD = 3
_IN_QUOTED_FIELD = 4
_ESCAPE_IN_QUOTED_FIELD = 5
_QUOTE_IN_QUOTED_FIELD = 6
_EAT_CRNL = 7
_AFTER_ESCAPED_CRNL = 8


class _reader:
    def __init__(self, iterable, dialect="excel", **fmtparams):
        self._it = iter(iterable)
        self.dialect = _Dialect(dialect, **fmtparams)
        self.line_num = 0
        self._fields = None
        self._field = []
        self._state = _START_RECORD
        self._numeric = False

    def __iter__(self):
        return self

    def _save_field(self):
        field = "".join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            field = float(field)
        self._fields.append(field)

    def _add_char(self, c):
        if len(self._field) >= _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        self._field.append(c)

    def __next__(self):
        self._fields = []
        self._field = []
        self._state = _START_RECORD
        d = self.dialect
        while True:
            try:
                line = next(self._it)
            except StopIteration:
                if len(self._field) != 0 or self._state == _IN_QUOTED_FIELD:
                    if d.strict:
                        raise Error("unexpected end of data")
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %.200s (the file should be opened "
                            "in text mode)" % type(line).__name__)
            self.line_num += 1
            for c in line:
                if c == "\0":
                    raise Error("line contains NUL")
                self._process_char(c)
            self._process_char(None)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = None
        return fields

    def _process_char(self, c):
        # c is None at the end of a line
        d = self.dialect
        state = self._state
        if state == _START_RECORD:
            if c is None:
                return
            if c == "\n" or c == "\r":
                self._state = _EAT_CRNL
                return
            state = self._state = _START_FIELD
        if state == _START_FIELD:
            if c == "\n" or c == "\r" or c is None:
                self._save_field()
                self._state = _START_RECORD if c is None else _EAT_CRNL
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == " " and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save_field()
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add_char(c)
                self._state = _IN_FIELD
        elif state == _ESCAPED_CHAR:
            if c == "\n" or c == "\r":
                self._add_char(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            if c is None:
                c = "\n"
            self._add_char(c)
            self._state = _IN_FIELD
        elif state == _AFTER_ESCAPED_CRNL:
            if c is None:
                return
            self._state = _IN_FIELD
            self._process_char(c)
        elif state == _IN_FIELD:
            if c == "\n" or c == "\r" or c is None:
                self._save_field()
                self._state = _START_RECORD if c is None else _EAT_CRNL
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            else:
                self._add_char(c)
        elif state == _IN_QUOTED_FIELD:
            if c is None:
                pass
            elif c == d.escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                if d.doublequote:
                    self._state = _QUOTE_IN_QUOTED_FIELD
                else:
                    self._state = _IN_FIELD
            else:
                self._add_char(c)
        elif state == _ESCAPE_IN_QUOTED_FIELD:
            if c is None:
                c = "\n"
            self._add_char(c)
            self._state = _IN_QUOTED_FIELD
        elif state == _QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._add_char(c)
                self._state = _IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            elif c == "\n" or c == "\r" or c is None:
                self._save_field()
                self._state = _START_RECORD if c is None else _EAT_CRNL
            elif not d.strict:
                self._add_char(c)
                self._state = _IN_FIELD
            else:
                raise Error("'%c' expected after '%c'" % (d.delimiter, d.quotechar))
        elif state == _EAT_CRNL:
            if c == "\n" or c == "\r":
                pass
            elif c is None:
                self._state = _START_RECORD
            else:
                raise Error("new-line character seen in unquoted field - do you need to open the "
                            "file with newline=''?")


def reader(csvfile, dialect="excel", **fmtparams):
    return _reader(csvfile, dialect, **fmtparams)


class _writer:
    def __init__(self, fileobj, dialect="excel", **fmtparams):
        if not hasattr(fileobj, "write"):
            raise TypeError('argument 1 must have a "write" method')
        self._write = fileobj.write
        self.dialect = _Dialect(dialect, **fmtparams)

    def _join(self, fields):
        d = self.dialect
        out = []
        nfields = 0
        for field in fields:
            quoted = False
            if d.quoting == QUOTE_NONNUMERIC:
                quoted = not isinstance(field, (int, float, bool))
            elif d.quoting == QUOTE_ALL:
                quoted = True
            if field is None:
                text = ""
            elif isinstance(field, str):
                text = field
            else:
                text = str(field) if not isinstance(field, float) else repr(field)
            out.append(self._quote(text, quoted, nfields == 0 and len_one(fields)))
            nfields += 1
        return d.delimiter.join(out) + d.lineterminator

    def _quote(self, text, quoted, only_field):
        # as CPython 3.11's writer: quote fields holding the delimiter, the quote character or a
        # line terminator character; escape with escapechar where quoting cannot help
        d = self.dialect
        res = []
        for c in text:
            want_escape = False
            if c == d.delimiter or c == d.escapechar or c == d.quotechar or c in d.lineterminator:
                if d.quoting == QUOTE_NONE:
                    want_escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            res.append(d.quotechar)
                        else:
                            want_escape = True
                    elif c == d.escapechar:
                        want_escape = True
                    if not want_escape:
                        quoted = True
                if want_escape:
                    if d.escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    res.append(d.escapechar)
            res.append(c)
        if text == "" and only_field:
            if d.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            quoted = True
        body = "".join(res)
        if quoted:
            return d.quotechar + body + d.quotechar
        return body

    def writerow(self, row):
        try:
            fields = list(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__)
        line = self._join(fields)
        return self._write(line)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def len_one(fields):
    return len(fields) == 1


def writer(csvfile, dialect="excel", **fmtparams):
    return _writer(csvfile, dialect, **fmtparams)


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = _OrderedRow(self.fieldnames, row)
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


def _OrderedRow(names, row):
    d = {}
    for k, v in zip(names, row):
        d[k] = v
    return d


class DictWriter:
    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong_fields = [k for k in rowdict if k not in self.fieldnames]
            if wrong_fields:
                raise ValueError("dict contains fields not in fieldnames: " + ", ".join([repr(x) for x in wrong_fields]))
        return [rowdict.get(key, self.restval) for key in self.fieldnames]

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))


class Sniffer:
    def __init__(self):
        self.preferred = [",", "\t", ";", " ", ":"]

    def sniff(self, sample, delimiters=None):
        quotechar, doublequote, delimiter, skipinitialspace = self._guess_quote_and_delimiter(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._guess_delimiter(sample, delimiters)
        if not delimiter:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = "\r\n"
            quoting = QUOTE_MINIMAL
        dialect.doublequote = doublequote
        dialect.delimiter = delimiter
        dialect.quotechar = quotechar or '"'
        dialect.skipinitialspace = skipinitialspace
        return dialect

    def _guess_quote_and_delimiter(self, data, delimiters):
        # a quote followed by a delimiter or line end, counted per quote character
        counts = {}
        delims = {}
        for q in "'\"":
            i = 0
            while True:
                i = data.find(q, i)
                if i < 0:
                    break
                j = data.find(q, i + 1)
                if j < 0:
                    break
                before = data[i - 1] if i > 0 else "\n"
                after = data[j + 1] if j + 1 < len(data) else "\n"
                if (before in "\n" or not (before.isalpha() or before.isdigit())) and (after in "\n\r" or not (after.isalpha() or after.isdigit())):
                    counts[q] = counts.get(q, 0) + 1
                    for ch in (after, before):
                        if ch not in "\n\r " and not (ch.isalpha() or ch.isdigit()) and ch != q:
                            if delimiters is None or ch in delimiters:
                                delims[ch] = delims.get(ch, 0) + 1
                i = j + 1
        if not counts:
            return "", False, None, 0
        quotechar = max(counts, key=lambda k: counts[k])
        delim = max(delims, key=lambda k: delims[k]) if delims else ""
        skipinitialspace = (delim + " ") in data if delim else False
        doublequote = (quotechar * 2) in data
        return quotechar, doublequote, delim, skipinitialspace

    def _guess_delimiter(self, data, delimiters):
        lines = [l for l in data.split("\n") if l]
        candidates = delimiters or [c for c in self.preferred]
        best = None
        for c in candidates:
            counts = [l.count(c) for l in lines[:20]]
            if counts and counts[0] > 0 and all(n == counts[0] for n in counts):
                if best is None:
                    best = c
        if best is None:
            # the most frequent non-alphanumeric character, present on every line
            freq = {}
            for ch in data:
                if not (ch.isalpha() or ch.isdigit()) and ch not in "\n\r\"'":
                    freq[ch] = freq.get(ch, 0) + 1
            for ch in sorted(freq, key=lambda k: -freq[k]):
                if all(ch in l for l in lines[:20]):
                    best = ch
                    break
        if best is None:
            return "", False
        skip = (data.count(best + " ") == data.count(best)) and data.count(best) > 0
        return best, skip

    def has_header(self, sample):
        rdr = reader(_lines(sample), self.sniff(sample))
        header = next(rdr)
        columns = len(header)
        column_types = {}
        for i in range(columns):
            column_types[i] = None
        checked = 0
        for row in rdr:
            if checked > 20:
                break
            checked += 1
            if len(row) != columns:
                continue
            for col in list(column_types.keys()):
                thisType = complex
                try:
                    thisType(row[col])
                except (ValueError, OverflowError, TypeError):
                    thisType = len(row[col])
                if thisType != column_types[col]:
                    if column_types[col] is None:
                        column_types[col] = thisType
                    else:
                        del column_types[col]
        hasHeader = 0
        for col, colType in column_types.items():
            if type(colType) == type(0):
                if len(header[col]) != colType:
                    hasHeader += 1
                else:
                    hasHeader -= 1
            else:
                try:
                    colType(header[col])
                except (ValueError, TypeError):
                    hasHeader += 1
                else:
                    hasHeader -= 1
        return hasHeader > 0


def _lines(s):
    return s.splitlines(True)
