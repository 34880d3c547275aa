# re: regular expressions, as CPython's re (Python 3.11 syntax and API), written for this build.
# Shadows MicroPython's small built-in re (still reachable as ure).
#
# A pattern is parsed into a tree, compiled to a flat program and run by a backtracking matcher
# with an explicit stack (so long subjects do not recurse). Subjects are matched as lists of
# one-character strings: indexing a MicroPython str walks it from the start. The matcher is plain
# Python, so the interpreter meters every step like any other guest code.

__all__ = ["match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer",
           "compile", "purge", "escape", "error", "Pattern", "Match", "A", "I", "L", "M", "S",
           "X", "U", "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
           "UNICODE", "NOFLAG", "RegexFlag"]

_T, _I, _L, _M, _S, _U, _X, _DEBUG, _A = 1, 2, 4, 8, 16, 32, 64, 128, 256

_FLAG_NAMES = ((_T, "TEMPLATE"), (_I, "IGNORECASE"), (_L, "LOCALE"),
               (_M, "MULTILINE"), (_S, "DOTALL"), (_U, "UNICODE"),
               (_X, "VERBOSE"), (_DEBUG, "DEBUG"), (_A, "ASCII"))


class RegexFlag(int):
    # The flags, printed as CPython prints them (re.IGNORECASE|re.MULTILINE).
    def __or__(self, other):
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        return RegexFlag(int(self) ^ int(other))

    __rxor__ = __xor__

    @property
    def value(self):
        return int(self)

    @property
    def name(self):
        r = _flag_repr(int(self))
        return r.replace("re" + chr(46), "") if r else None

    def __repr__(self):
        return _flag_repr(int(self)) or "re.NOFLAG"

    __str__ = __repr__


NOFLAG = RegexFlag(0)
TEMPLATE = T = RegexFlag(_T)
IGNORECASE = I = RegexFlag(_I)
LOCALE = L = RegexFlag(_L)
MULTILINE = M = RegexFlag(_M)
DOTALL = S = RegexFlag(_S)
UNICODE = U = RegexFlag(_U)
VERBOSE = X = RegexFlag(_X)
DEBUG = RegexFlag(_DEBUG)
ASCII = A = RegexFlag(_A)


class error(Exception):
    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        self.lineno = None
        self.colno = None
        if pattern is not None and pos is not None:
            nl = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(nl, 0, pos) + 1
            self.colno = pos - (pattern.rfind(nl, 0, pos) if nl in pattern[:pos] else -1)
            if nl in pattern:
                msg = "%s at position %d (line %d, column %d)" % (msg, pos, self.lineno, self.colno)
            else:
                msg = "%s at position %d" % (msg, pos)
        super().__init__(msg)


PatternError = error

# ---------------------------------------------------------------------------------------------
# Character classes

_SPACES = frozenset(" \t\n\r\f\v\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004"
                    "\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")
_ASPACES = frozenset(" \t\n\r\f\v")
_ADIGITS = frozenset("0123456789")
_AWORD = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
# Non-ASCII code points that are not word characters (punctuation, symbols, spaces): an
# approximation of Unicode's categories good for text people write.
_NONWORD_RANGES = ((0x80, 0xA9), (0xAB, 0xB1), (0xB4, 0xB4), (0xB6, 0xB8), (0xBB, 0xBB),
                   (0xBF, 0xBF), (0xD7, 0xD7), (0xF7, 0xF7), (0x2000, 0x206F), (0x20A0, 0x20CF),
                   (0x2100, 0x214F), (0x2190, 0x23FF), (0x2500, 0x27BF), (0x2900, 0x2BFF),
                   (0x3000, 0x3004), (0x3008, 0x3020), (0xFE10, 0xFE6F), (0xFF01, 0xFF0F),
                   (0xFF1A, 0xFF20), (0xFF3B, 0xFF40), (0xFF5B, 0xFF65), (0x1F000, 0x1FAFF))
_DIGIT_RANGES = ((0x660, 0x669), (0x6F0, 0x6F9), (0x966, 0x96F), (0x9E6, 0x9EF), (0xFF10, 0xFF19))


def _is_digit(c):
    if c in _ADIGITS:
        return True
    if c < "\x80":
        return False
    o = ord(c)
    for lo, hi in _DIGIT_RANGES:
        if lo <= o <= hi:
            return True
    return False


def _is_word(c):
    if c in _AWORD:
        return True
    if c < "\x80":
        return False
    if c in _SPACES:
        return False
    o = ord(c)
    for lo, hi in _NONWORD_RANGES:
        if lo <= o <= hi:
            return False
    return True


def _is_space(c):
    return c in _SPACES


def _a_digit(c):
    return c in _ADIGITS


def _a_word(c):
    return c in _AWORD


def _a_space(c):
    return c in _ASPACES


def _not(f):
    return lambda c: not f(c)


_class_cache = {}


def _class(letter, ascii_only):
    # The class (see _cls) of \d \D \w \W \s \S, made once.
    key = (letter, ascii_only)
    cls = _class_cache.get(key)
    if cls is None:
        cls = _class_cache[key] = _cls(_class_pred(letter, ascii_only))
    return cls


def _class_pred(letter, ascii_only):
    if letter == "d":
        return _a_digit if ascii_only else _is_digit
    if letter == "D":
        return _not(_a_digit if ascii_only else _is_digit)
    if letter == "w":
        return _a_word if ascii_only else _is_word
    if letter == "W":
        return _not(_a_word if ascii_only else _is_word)
    if letter == "s":
        return _a_space if ascii_only else _is_space
    return _not(_a_space if ascii_only else _is_space)


def _swapped(c):
    lo = c.lower()
    return lo if lo != c else c.upper()


def _make_set(chars, ranges, classes, negate, icase):
    # The class (see _cls) of a character set [...]; classes are those of \d and friends in it.
    fs = set()
    for c in chars:
        if c < "\x80":
            fs.add(c)
    for lo, hi in ranges:
        for o in range(ord(lo), min(ord(hi), 127) + 1):
            fs.add(chr(o))
    if icase:
        for c in list(fs):
            fs.add(c.lower())
            fs.add(c.upper())
    for cls in classes:
        fs |= cls[0]
    if negate:
        fs = _ASCII_SET - fs
    return frozenset(fs), _set_pred(chars, ranges, [cls[1] for cls in classes], negate, icase)


def _set_pred(chars, ranges, preds, negate, icase):
    # The predicate c -> bool of a character set (the matcher asks it about non-ASCII only).
    chars = frozenset(chars)
    if icase:
        more = set()
        for c in chars:
            more.add(c.lower())
            more.add(c.upper())
        chars = frozenset(more | chars)
    ranges = tuple(ranges)
    preds = tuple(preds)
    if not ranges and not preds:
        if negate:
            return lambda c: c not in chars
        return lambda c: c in chars

    def test(c):
        if c in chars:
            return not negate
        for lo, hi in ranges:
            if lo <= c <= hi:
                return not negate
        if icase and ranges:
            o = c.lower()
            if o == c:
                o = c.upper()
            if o != c:
                for lo, hi in ranges:
                    if lo <= o <= hi:
                        return not negate
        for p in preds:
            if p(c):
                return not negate
        return negate
    return test


# ---------------------------------------------------------------------------------------------
# Parser: pattern text -> tree
#
# Nodes are tuples:
#   (LIT, chars, icase)            a run of literal characters
#   (ANY, dotall)                  .
#   (SET, pred)                    [...] or \d and friends (pred: c -> bool)
#   (CAT, [nodes])                 (ALT, [nodes])
#   (GROUP, index or 0, node)      capturing when index > 0
#   (REP, min, max, mode, node)    mode: 0 greedy, 1 lazy, 2 possessive; max -1 is unbounded
#   (AT, kind)                     anchors: see _AT_*
#   (REF, index, icase)            back reference
#   (LOOK, behind, negate, node)   (ATOMIC, node)   (COND, index, yes, no)

_LIT, _ANY, _SET, _CAT, _ALT, _GROUP, _REP, _AT, _REF, _LOOK, _ATOMIC, _COND = range(12)
_AT_BOL, _AT_BOL_M, _AT_EOL, _AT_EOL_M, _AT_BEGIN, _AT_END, _AT_B, _AT_NB = range(8)
_AT_B_A, _AT_NB_A = 8, 9

_SPECIAL_ESC = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v",
                "\\": "\\"}
_REPEAT_CHARS = "*+?{"


class _Parser:
    def __init__(self, pattern, flags, is_bytes):
        self.src = pattern
        self.pos = 0
        self.flags = flags
        self.is_bytes = is_bytes
        self.ngroups = 0
        self.names = {}
        self.open_groups = []
        self.lookbehind = 0

    def err(self, msg, pos=None):
        return error(msg, self.orig, self.pos if pos is None else pos)

    def peek(self):
        if self.pos < len(self.src):
            return self.src[self.pos]
        return ""

    def skip_verbose(self, flags):
        if not flags & _X:
            return
        src = self.src
        n = len(src)
        while self.pos < n:
            c = src[self.pos]
            if c in " \t\n\r\f\v":
                self.pos += 1
            elif c == "#":
                while self.pos < n and src[self.pos] != "\n":
                    self.pos += 1
            else:
                break

    def parse(self):
        node = self.parse_alt(self.flags)
        if self.pos < len(self.src):
            if self.src[self.pos] == ")":
                raise self.err("unbalanced parenthesis")
            raise self.err("unexpected end of pattern")
        return node

    def parse_alt(self, flags):
        branches = [self.parse_seq(flags)]
        while self.peek() == "|":
            self.pos += 1
            branches.append(self.parse_seq(flags))
        if len(branches) == 1:
            return branches[0]
        return (_ALT, branches)

    def parse_seq(self, flags):
        items = []
        src = self.src
        n = len(src)
        while True:
            self.skip_verbose(flags)
            if self.pos >= n:
                break
            c = src[self.pos]
            if c == "|" or c == ")":
                break
            start = self.pos
            atom = self.parse_atom(flags)
            if atom is None:
                # (?flags) changed the flags of the rest of the pattern
                flags = self.flags_override
                continue
            self.skip_verbose(flags)
            while self.pos < n and src[self.pos] in _REPEAT_CHARS:
                rep = self.parse_repeat(flags)
                if rep is None:
                    break
                if atom[0] == _AT or (atom[0] == _REP and rep[2] != 3):
                    if atom[0] == _REP:
                        raise self.err("multiple repeat", self.rep_pos)
                    raise self.err("nothing to repeat", self.rep_pos)
                lo, hi, mode = rep
                if mode == 3:
                    raise self.err("multiple repeat", self.rep_pos)
                atom = (_REP, lo, hi, mode, atom)
                self.skip_verbose(flags)
            items.append(atom)
        # merge adjacent literals
        out = []
        for it in items:
            if it[0] == _LIT and out and out[-1][0] == _LIT and out[-1][2] == it[2]:
                out[-1] = (_LIT, out[-1][1] + it[1], it[2])
            else:
                out.append(it)
        if len(out) == 1:
            return out[0]
        return (_CAT, out)

    def parse_repeat(self, flags):
        src = self.src
        self.rep_pos = self.pos
        c = src[self.pos]
        if c == "*":
            lo, hi = 0, -1
            self.pos += 1
        elif c == "+":
            lo, hi = 1, -1
            self.pos += 1
        elif c == "?":
            lo, hi = 0, 1
            self.pos += 1
        else:
            # {m,n}: a literal { unless it is a valid repeat
            j = self.pos + 1
            n = len(src)
            k = j
            while k < n and src[k].isdigit():
                k += 1
            a = src[j:k]
            b = None
            comma = False
            if k < n and src[k] == ",":
                comma = True
                m = k + 1
                while m < n and src[m].isdigit():
                    m += 1
                b = src[k + 1:m]
                k = m
            if k >= n or src[k] != "}" or (not a and not comma) or (not a and comma and False):
                return None
            lo = int(a) if a else 0
            if comma:
                hi = int(b) if b else -1
            else:
                hi = lo
            if hi != -1 and hi < lo:
                raise self.err("min repeat greater than max repeat", j)
            if lo > 0xFFFFFFFF or hi > 0xFFFFFFFF:
                raise self.err("the repetition number is too large", j)
            self.pos = k + 1
        mode = 0
        if self.pos < len(src):
            if src[self.pos] == "?":
                mode = 1
                self.pos += 1
            elif src[self.pos] == "+":
                mode = 2
                self.pos += 1
        return lo, hi, mode

    def parse_atom(self, flags):
        src = self.src
        c = src[self.pos]
        icase = bool(flags & _I)
        if c == "(":
            return self.parse_group(flags)
        if c == "[":
            return self.parse_set(flags)
        if c in "*+?":
            raise self.err("nothing to repeat")
        if c == "{":
            save = self.pos
            rep = self.parse_repeat(flags)
            if rep is not None:
                raise self.err("nothing to repeat", save)
            self.pos = save + 1
            return (_LIT, "{", icase)
        self.pos += 1
        if c == chr(46):
            return (_ANY, bool(flags & _S))
        if c == "^":
            return (_AT, _AT_BOL_M if flags & _M else _AT_BOL)
        if c == "$":
            return (_AT, _AT_EOL_M if flags & _M else _AT_EOL)
        if c == "\\":
            return self.parse_escape(flags, False)
        return (_LIT, c, icase)

    def parse_escape(self, flags, in_set):
        # self.pos is just after the backslash
        src = self.src
        start = self.pos - 1
        if self.pos >= len(src):
            raise self.err("bad escape (end of pattern)", start)
        c = src[self.pos]
        self.pos += 1
        icase = bool(flags & _I)
        ascii_only = bool(flags & _A) or self.is_bytes
        if c in "dDwWsS":
            return (_SET, _class(c, ascii_only))
        if c in _SPECIAL_ESC and not (c == "b" and not in_set):
            return (_LIT, _SPECIAL_ESC[c], icase)
        if not in_set:
            if c == "A":
                return (_AT, _AT_BEGIN)
            if c == "Z":
                return (_AT, _AT_END)
            if c == "b":
                return (_AT, _AT_B_A if ascii_only else _AT_B)
            if c == "B":
                return (_AT, _AT_NB_A if ascii_only else _AT_NB)
        if c == "x":
            return (_LIT, self.hex_escape(2, start), icase)
        if c == "u" and not self.is_bytes:
            return (_LIT, self.hex_escape(4, start), icase)
        if c == "U" and not self.is_bytes:
            return (_LIT, self.hex_escape(8, start), icase)
        if c == "N" and not self.is_bytes:
            raise self.err("bad escape \\N", start)
        if c == "0":
            # octal: up to two more octal digits
            v = 0
            k = 0
            while k < 2 and self.pos < len(src) and src[self.pos] in "01234567":
                v = v * 8 + int(src[self.pos])
                self.pos += 1
                k += 1
            return (_LIT, chr(v), icase)
        if c.isdigit():
            # octal escape of three digits, or a group reference
            if (c in "01234567" and self.pos + 1 < len(src) and src[self.pos] in "01234567"
                    and src[self.pos + 1] in "01234567"):
                v = int(src[self.pos - 1:self.pos + 2], 8)
                self.pos += 2
                if v > 0o377:
                    raise self.err("octal escape value \\%s outside of range 0-0o377"
                                   % src[start + 1:self.pos], start)
                return (_LIT, chr(v), icase)
            j = self.pos
            if j < len(src) and src[j].isdigit():
                j += 1
            num = int(src[self.pos - 1:j])
            self.pos = j
            if in_set:
                raise self.err("bad escape %s" % src[start:j], start)
            if num > self.ngroups or num in self.open_groups:
                if num in self.open_groups:
                    raise self.err("cannot refer to an open group", start)
                raise self.err("invalid group reference %d" % num, start + 1)
            if self.lookbehind:
                raise self.err("cannot refer to group in lookbehind", start)
            return (_REF, num, icase)
        if c.isalpha() and c < "\x80":
            raise self.err("bad escape %s" % src[start:self.pos], start)
        return (_LIT, c, icase)

    def hex_escape(self, width, start):
        src = self.src
        digits = src[self.pos:self.pos + width]
        ok = len(digits) == width
        if ok:
            for d in digits:
                if d not in "0123456789abcdefABCDEF":
                    ok = False
        if not ok:
            raise self.err("incomplete escape %s" % src[start:self.pos + len(digits)], start)
        self.pos += width
        v = int(digits, 16)
        if v > 0x10FFFF:
            raise self.err("bad escape %s" % src[start:self.pos], start)
        return chr(v)

    def parse_set(self, flags):
        src = self.src
        n = len(src)
        start = self.pos
        self.pos += 1
        negate = False
        if self.pos < n and src[self.pos] == "^":
            negate = True
            self.pos += 1
        chars = []
        ranges = []
        classes = []
        first = True
        while True:
            if self.pos >= n:
                raise self.err("unterminated character set", start)
            c = src[self.pos]
            if c == "]" and not first:
                self.pos += 1
                break
            first = False
            item_start = self.pos
            if c == "\\":
                self.pos += 1
                node = self.parse_escape(flags, True)
                if node[0] == _SET:
                    classes.append(node[1])
                    continue
                lo = node[1]
            else:
                self.pos += 1
                lo = c
            if self.pos + 1 < n and src[self.pos] == "-" and src[self.pos + 1] != "]":
                self.pos += 1
                c2 = src[self.pos]
                if c2 == "\\":
                    self.pos += 1
                    node = self.parse_escape(flags, True)
                    if node[0] == _SET:
                        raise self.err("bad character range %s" % src[item_start:self.pos],
                                       item_start)
                    hi = node[1]
                else:
                    self.pos += 1
                    hi = c2
                if hi < lo:
                    raise self.err("bad character range %s" % src[item_start:self.pos],
                                   item_start)
                ranges.append((lo, hi))
            else:
                chars.append(lo)
        return (_SET, _make_set(chars, ranges, classes, negate, bool(flags & _I)))

    def parse_flags(self, flags):
        # after "(?": letters of aiLmsux, optionally "-" letters, then ")" or ":"
        src = self.src
        n = len(src)
        add = 0
        sub = 0
        letters = {"a": _A, "i": _I, "L": _L, "m": _M, "s": _S,
                   "u": _U, "x": _X}
        while self.pos < n and src[self.pos] in letters:
            add |= letters[src[self.pos]]
            self.pos += 1
        if self.pos < n and src[self.pos] == "-":
            self.pos += 1
            while self.pos < n and src[self.pos] in letters:
                sub |= letters[src[self.pos]]
                self.pos += 1
        if self.pos >= n:
            raise self.err("missing -, : or )")
        c = src[self.pos]
        if c not in ":)":
            raise self.err("unknown flag" if c.isalpha() else "missing -, : or )")
        self.pos += 1
        return (flags | add) & ~sub, c

    def parse_name(self, end):
        src = self.src
        j = src.find(end, self.pos)
        if j < 0:
            raise self.err("missing %s, unterminated name" % end)
        name = src[self.pos:j]
        if not name:
            raise self.err("missing group name")
        self.name_pos = self.pos
        self.pos = j + 1
        return name

    def group_ref(self, name, pos):
        if name.isdigit():
            return int(name)
        if not _is_identifier(name):
            raise self.err("bad character in group name %r" % name, pos)
        if name not in self.names:
            raise self.err("unknown group name %r" % name, pos)
        return self.names[name]

    def parse_group(self, flags):
        src = self.src
        n = len(src)
        start = self.pos
        self.pos += 1
        index = 0
        if src.startswith("?", self.pos):
            self.pos += 1
            c = src[self.pos] if self.pos < n else ""
            if c == "P":
                self.pos += 1
                c2 = src[self.pos] if self.pos < n else ""
                if c2 == "<":
                    self.pos += 1
                    name = self.parse_name(">")
                    if not _is_identifier(name):
                        raise self.err("bad character in group name %r" % name, self.name_pos)
                    if name in self.names:
                        raise self.err("redefinition of group name %r as group %d; was group %d"
                                       % (name, self.ngroups + 1, self.names[name]),
                                       self.name_pos)
                    self.ngroups += 1
                    index = self.ngroups
                    self.names[name] = index
                elif c2 == "=":
                    self.pos += 1
                    name = self.parse_name(")")
                    if not _is_identifier(name):
                        raise self.err("bad character in group name %r" % name, self.name_pos)
                    if name not in self.names:
                        raise self.err("unknown group name %r" % name, self.name_pos)
                    num = self.names[name]
                    if num in self.open_groups:
                        raise self.err("cannot refer to an open group", start)
                    return (_REF, num, bool(flags & _I))
                else:
                    raise self.err("unknown extension ?P" + c2, start + 1)
            elif c == ":":
                self.pos += 1
                index = -1
            elif c == "#":
                j = src.find(")", self.pos)
                if j < 0:
                    raise self.err("missing ), unterminated comment", start)
                self.pos = j + 1
                self.flags_override = flags
                return None
            elif c == "=" or c == "!":
                self.pos += 1
                body = self.parse_alt(flags)
                self.close(start)
                return (_LOOK, False, c == "!", body)
            elif c == "<" and self.pos + 1 < n and src[self.pos + 1] in "=!":
                neg = src[self.pos + 1] == "!"
                self.pos += 2
                self.lookbehind += 1
                body = self.parse_alt(flags)
                self.lookbehind -= 1
                self.close(start)
                w = _width(body)
                if w is None:
                    raise error("look-behind requires fixed-width pattern")
                return (_LOOK, w, neg, body)
            elif c == ">":
                self.pos += 1
                body = self.parse_alt(flags)
                self.close(start)
                return (_ATOMIC, body)
            elif c == "(":
                self.pos += 1
                j = src.find(")", self.pos)
                if j < 0:
                    raise self.err("missing ), unterminated name")
                name = src[self.pos:j]
                num = self.group_ref(name, self.pos)
                if num <= 0 or num > 99:
                    raise self.err("bad group number", self.pos)
                self.pos = j + 1
                yes = self.parse_seq(flags)
                no = None
                if self.peek() == "|":
                    self.pos += 1
                    no = self.parse_seq(flags)
                    if self.peek() == "|":
                        raise self.err("conditional backref with more than two branches")
                self.close(start)
                return (_COND, num, yes, no)
            elif c == "<":
                raise self.err("unknown extension ?<" + (src[self.pos + 1] if self.pos + 1 < n else ""), start + 1)
            elif c and (c in "aiLmsux-"):
                newflags, end = self.parse_flags(flags)
                if end == ")":
                    self.flags_override = newflags
                    return None
                body = self.parse_alt(newflags)
                self.close(start)
                return (_GROUP, -1, body)
            else:
                if not c:
                    raise self.err("unexpected end of pattern")
                raise self.err("unknown extension ?" + c, start + 1)
        else:
            self.ngroups += 1
            index = self.ngroups
        if index > 0:
            self.open_groups.append(index)
        body = self.parse_alt(flags)
        self.close(start)
        if index > 0:
            self.open_groups.pop()
        return (_GROUP, index, body)

    def close(self, start):
        if self.pos >= len(self.src) or self.src[self.pos] != ")":
            raise self.err("missing ), unterminated subpattern", start)
        self.pos += 1


def _is_identifier(name):
    if not name or name[0].isdigit():
        return False
    for ch in name:
        if not (ch.isalpha() or ch.isdigit() or ch == "_" or ch >= "\x80"):
            return False
    return True


def _width(node):
    # The fixed width of a node, or None when it can vary.
    k = node[0]
    if k == _LIT:
        return len(node[1])
    if k == _ANY or k == _SET:
        return 1
    if k == _CAT:
        t = 0
        for x in node[1]:
            w = _width(x)
            if w is None:
                return None
            t += w
        return t
    if k == _ALT:
        ws = [_width(x) for x in node[1]]
        if None in ws or min(ws) != max(ws):
            return None
        return ws[0]
    if k == _GROUP or k == _ATOMIC:
        return _width(node[-1])
    if k == _REP:
        if node[1] != node[2]:
            return None
        w = _width(node[4])
        return None if w is None else w * node[1]
    if k == _AT or k == _LOOK:
        return 0
    if k == _COND:
        a = _width(node[2])
        b = _width(node[3]) if node[3] is not None else 0
        return a if a == b else None
    return None


# ---------------------------------------------------------------------------------------------
# Compiler: tree -> program
#
# The program is a list of instructions (tuples, first item the opcode). Registers: 2 per group
# (start, end; -1 unset), then loop marks. The matcher keeps a trail of register changes so that
# backtracking restores them.

_OP_LIT, _OP_LITI, _OP_ANY, _OP_ANYNL, _OP_SET, _OP_SPLIT, _OP_JMP, _OP_SAVE = range(8)
_OP_MATCH, _OP_AT, _OP_REF, _OP_LOOK, _OP_ATOMIC, _OP_COND, _OP_SINGLE, _OP_MARK = range(8, 16)
_OP_LOOPCHK, _OP_SPLITLAZY = 16, 17


class _Compiler:
    def __init__(self, ngroups):
        self.nregs = 2 * (ngroups + 1)

    def new_reg(self):
        r = self.nregs
        self.nregs += 1
        return r

    def program(self, node):
        code = []
        self.emit(node, code)
        code.append((_OP_MATCH,))
        return code

    def single(self, node):
        # A one-character class (see _cls) for simple repeats, or None.
        k = node[0]
        if k == _LIT and len(node[1]) == 1:
            ch = node[1]
            alts = frozenset((ch, ch.lower(), ch.upper())) if node[2] else frozenset((ch,))
            return _lit_cls(alts)
        if k == _ANY:
            return _ANY_CLS if node[1] else _ANYNL_CLS
        if k == _SET:
            return node[1]
        if k == _GROUP and node[1] < 0:
            return self.single(node[2])
        return None

    def emit(self, node, code):
        k = node[0]
        if k == _LIT:
            if node[2]:
                code.append((_OP_LITI, tuple(c.lower() for c in node[1])))
            else:
                code.append((_OP_LIT, tuple(node[1])))
        elif k == _ANY:
            code.append((_OP_ANY,) if node[1] else (_OP_ANYNL,))
        elif k == _SET:
            fs, slow = node[1]
            code.append((_OP_SET, fs, slow))
        elif k == _CAT:
            for x in node[1]:
                self.emit(x, code)
        elif k == _ALT:
            jumps = []
            branches = node[1]
            for i, b in enumerate(branches):
                if i < len(branches) - 1:
                    at = len(code)
                    code.append(None)
                    self.emit(b, code)
                    jumps.append(len(code))
                    code.append(None)
                    code[at] = (_OP_SPLIT, at + 1, len(code))
                else:
                    self.emit(b, code)
            for j in jumps:
                code[j] = (_OP_JMP, len(code))
        elif k == _GROUP:
            idx = node[1]
            if idx > 0:
                code.append((_OP_SAVE, 2 * idx))
                self.emit(node[2], code)
                code.append((_OP_SAVE, 2 * idx + 1))
            else:
                self.emit(node[2], code)
        elif k == _REP:
            self.emit_repeat(node, code)
        elif k == _AT:
            code.append((_OP_AT, node[1]))
        elif k == _REF:
            code.append((_OP_REF, 2 * node[1], node[2]))
        elif k == _LOOK:
            sub = []
            self.emit(node[3], sub)
            sub.append((_OP_MATCH,))
            code.append((_OP_LOOK, node[1], node[2], sub))
        elif k == _ATOMIC:
            sub = []
            self.emit(node[1], sub)
            sub.append((_OP_MATCH,))
            code.append((_OP_ATOMIC, sub))
        elif k == _COND:
            at = len(code)
            code.append(None)
            self.emit(node[2], code)
            if node[3] is not None:
                j = len(code)
                code.append(None)
                code[at] = (_OP_COND, 2 * node[1], len(code))
                self.emit(node[3], code)
                code[j] = (_OP_JMP, len(code))
            else:
                code[at] = (_OP_COND, 2 * node[1], len(code))

    def emit_repeat(self, node, code):
        _, lo, hi, mode, body = node
        if mode == 2:
            # possessive: an atomic group around the greedy repeat
            self.emit((_ATOMIC, (_REP, lo, hi, 0, body)), code)
            return
        cls = self.single(body)
        if cls is not None:
            code.append((_OP_SINGLE, cls[0], lo, hi, mode == 1, cls[1]))
            return
        if lo * _size(body) > 20000 or (hi > 0 and hi * _size(body) > 20000):
            raise error("pattern too large (repeat count)")
        for _ in range(lo):
            self.emit(body, code)
        split = _OP_SPLITLAZY if mode == 1 else _OP_SPLIT
        if hi == -1:
            # L: SPLIT body, out ; body: MARK r ; <body> ; LOOPCHK r, out ; JMP L ; out:
            reg = self.new_reg()
            top = len(code)
            code.append(None)
            code.append((_OP_MARK, reg))
            self.emit(body, code)
            chk = len(code)
            code.append(None)
            code.append((_OP_JMP, top))
            out = len(code)
            code[top] = (split, top + 1, out)
            code[chk] = (_OP_LOOPCHK, reg, out)
        else:
            holes = []
            for _ in range(hi - lo):
                holes.append(len(code))
                code.append(None)
                self.emit(body, code)
            out = len(code)
            for h in holes:
                code[h] = (split, h + 1, out)


def _size(node):
    k = node[0]
    if k in (_CAT, _ALT):
        return sum(_size(x) for x in node[1]) + 1
    if k == _GROUP:
        return _size(node[2]) + 2
    if k == _REP:
        return _size(node[4]) * max(node[1], 1) + 3
    return 1


_ASCII = [chr(k) for k in range(128)]


def _cls(pred):
    # A character class as (the set of its ASCII members, pred): the matcher tests
    # `c in fs or (c >= "\x80" and pred(c))`, which calls no function for ASCII text.
    return frozenset([c for c in _ASCII if pred(c)]), pred


def _lit_cls(alts):
    return frozenset([c for c in alts if c < "\x80"]), lambda c: c in alts


def _true(c):
    return True


def _not_nl(c):
    return c != "\n"


_ASCII_SET = frozenset(_ASCII)
_ANY_CLS = (_ASCII_SET, _true)
_ANYNL_CLS = (_ASCII_SET - frozenset("\n"), _not_nl)


# ---------------------------------------------------------------------------------------------
# Matcher

def _at(kind, s, i, n):
    if kind == _AT_BOL:
        return i == 0
    if kind == _AT_BOL_M:
        return i == 0 or s[i - 1] == "\n"
    if kind == _AT_EOL:
        return i == n or (i == n - 1 and s[i] == "\n")
    if kind == _AT_EOL_M:
        return i == n or s[i] == "\n"
    if kind == _AT_BEGIN:
        return i == 0
    if kind == _AT_END:
        return i == n
    w = _a_word if kind >= _AT_B_A else _is_word
    a = i > 0 and w(s[i - 1])
    b = i < n and w(s[i])
    if kind == _AT_B or kind == _AT_B_A:
        return a != b
    return a == b


def _run(code, s, i, n, regs, trail, notempty):
    # Runs `code` from position i; returns the end position, or -1. Register changes are logged
    # in trail (pairs index, old value) and stay there on success.
    stack = []
    pc = 0
    base = len(trail)
    while True:
        op = code[pc]
        o = op[0]
        if o == _OP_LIT:
            lit = op[1]
            m = len(lit)
            if i + m <= n:
                ok = True
                for c in lit:
                    if s[i] != c:
                        ok = False
                        break
                    i += 1
                if ok:
                    pc += 1
                    continue
        elif o == _OP_SINGLE:
            fs = op[1]
            lo = op[2]
            hi = op[3]
            start = i
            if op[4]:
                # lazy: take the minimum, leave a way to take one more
                end = start + lo
                if end <= n:
                    slow = op[5]
                    while i < end:
                        c = s[i]
                        if c in fs or (c >= "\x80" and slow(c)):
                            i += 1
                        else:
                            break
                    if i == end:
                        limit = n if hi < 0 or start + hi > n else start + hi
                        if i < limit:
                            stack.append((2, pc + 1, i, len(trail), limit, op))
                        pc += 1
                        continue
            else:
                limit = n if hi < 0 or start + hi > n else start + hi
                slow = op[5]
                while i < limit:
                    c = s[i]
                    if c in fs or (c >= "\x80" and slow(c)):
                        i += 1
                    else:
                        break
                if i - start >= lo:
                    if i - start > lo:
                        stack.append((1, pc + 1, i, len(trail), start + lo, None))
                    pc += 1
                    continue
        elif o == _OP_SET:
            if i < n:
                c = s[i]
                if c in op[1] or (c >= "\x80" and op[2](c)):
                    i += 1
                    pc += 1
                    continue
        elif o == _OP_SAVE:
            r = op[1]
            trail.append(r)
            trail.append(regs[r])
            regs[r] = i
            pc += 1
            continue
        elif o == _OP_SPLIT:
            stack.append((0, op[2], i, len(trail), 0, None))
            pc = op[1]
            continue
        elif o == _OP_JMP:
            pc = op[1]
            continue
        elif o == _OP_ANYNL:
            if i < n and s[i] != "\n":
                i += 1
                pc += 1
                continue
        elif o == _OP_ANY:
            if i < n:
                i += 1
                pc += 1
                continue
        elif o == _OP_LITI:
            lit = op[1]
            m = len(lit)
            if i + m <= n:
                ok = True
                for c in lit:
                    d = s[i]
                    if d != c and d.lower() != c:
                        ok = False
                        break
                    i += 1
                if ok:
                    pc += 1
                    continue
        elif o == _OP_MATCH:
            if not (notempty and i == notempty[0]):
                return i
        elif o == _OP_AT:
            if _at(op[1], s, i, n):
                pc += 1
                continue
        elif o == _OP_MARK:
            r = op[1]
            trail.append(r)
            trail.append(regs[r])
            regs[r] = i
            pc += 1
            continue
        elif o == _OP_LOOPCHK:
            pc = op[2] if regs[op[1]] == i else pc + 1
            continue
        elif o == _OP_SPLITLAZY:
            stack.append((0, op[1], i, len(trail), 0, None))
            pc = op[2]
            continue
        elif o == _OP_REF:
            a = regs[op[1]]
            b = regs[op[1] + 1]
            if a >= 0 and b >= 0:
                m = b - a
                if i + m <= n:
                    ok = True
                    icase = op[2]
                    for k in range(m):
                        c = s[a + k]
                        d = s[i + k]
                        if c != d and not (icase and c.lower() == d.lower()):
                            ok = False
                            break
                    if ok:
                        i += m
                        pc += 1
                        continue
        elif o == _OP_LOOK:
            behind = op[1]
            mark = len(trail)
            if behind is False:
                r = _run(op[3], s, i, n, regs, trail, None)
            elif i - behind >= 0:
                r = _run(op[3], s, i - behind, n, regs, trail, None)
            else:
                r = -1
            if op[2]:
                _undo(regs, trail, mark)
                if r < 0:
                    pc += 1
                    continue
            elif r >= 0:
                pc += 1
                continue
        elif o == _OP_ATOMIC:
            r = _run(op[1], s, i, n, regs, trail, None)
            if r >= 0:
                i = r
                pc += 1
                continue
        elif o == _OP_COND:
            if regs[op[1]] >= 0 and regs[op[1] + 1] >= 0:
                pc += 1
            else:
                pc = op[2]
            continue
        # failure: backtrack
        while True:
            if not stack:
                _undo(regs, trail, base)
                return -1
            kind, pc, i, tl, aux, sop = stack.pop()
            if len(trail) > tl:
                _undo(regs, trail, tl)
            if kind == 0:
                break
            if kind == 1:
                # greedy single repeat: give back one character
                i -= 1
                if i > aux:
                    stack.append((1, pc, i, tl, aux, None))
                break
            # lazy single repeat: take one more character
            c = s[i]
            if c in sop[1] or (c >= "\x80" and sop[5](c)):
                i += 1
                if i < aux:
                    stack.append((2, pc, i, tl, aux, sop))
                break


def _undo(regs, trail, mark):
    while len(trail) > mark:
        old = trail.pop()
        regs[trail.pop()] = old


# ---------------------------------------------------------------------------------------------
# Patterns and matches

_last_subject = None
_last_chars = None


def _chars(string):
    # The subject as a list of one-character strings (cached for the last subject: a tokenizer
    # calls match(text, pos) again and again on the same text).
    global _last_subject, _last_chars
    if string is _last_subject:
        return _last_chars
    if isinstance(string, str):
        chars = list(string)
    elif isinstance(string, (bytes, bytearray, memoryview)):
        chars = [chr(b) for b in bytes(string)]
        if not isinstance(string, bytes):
            return chars
    else:
        raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)
    _last_subject = string
    _last_chars = chars
    return chars


def _first_chars(node):
    # The set of characters a match must start with, or None when unknown or it may be empty.
    k = node[0]
    if k == _LIT:
        c = node[1][0]
        if node[2]:
            return frozenset((c, c.lower(), c.upper()))
        return frozenset((c,))
    if k == _CAT:
        for x in node[1]:
            if x[0] == _AT and x[1] in (_AT_BOL, _AT_BEGIN, _AT_BOL_M, _AT_B, _AT_B_A):
                continue
            if x[0] == _GROUP and x[1] > 0:
                return _first_chars(x)
            return _first_chars(x)
        return None
    if k == _ALT:
        out = set()
        for x in node[1]:
            f = _first_chars(x)
            if f is None:
                return None
            out |= f
        return frozenset(out)
    if k == _GROUP:
        return _first_chars(node[2])
    if k == _REP and node[1] > 0:
        return _first_chars(node[4])
    return None


def _first_pred(tree):
    # The class (see _cls) of the characters a match can start with, or None.
    first = _first_chars(tree)
    if first is not None:
        return _lit_cls(first)
    node = tree
    while True:
        k = node[0]
        if k == _CAT and node[1]:
            node = node[1][0]
        elif k == _GROUP:
            node = node[2]
        elif k == _REP and node[1] > 0:
            node = node[4]
        elif k == _SET:
            return node[1]
        else:
            return None


class Pattern:
    def __init__(self, pattern, flags):
        self.pattern = pattern
        is_bytes = not isinstance(pattern, str)
        if is_bytes:
            if flags & _U:
                raise ValueError("cannot use _U flag with a bytes pattern")
            src = "".join([chr(b) for b in pattern])
        else:
            if flags & _U and flags & _A:
                raise ValueError("ASCII and _U flags are incompatible")
            src = pattern
            if not flags & _A:
                flags |= _U
        p = _Parser(src, flags, is_bytes)
        p.orig = pattern
        tree = p.parse()
        self.flags = flags
        self.groups = p.ngroups
        self.groupindex = dict(sorted(p.names.items(), key=lambda kv: kv[1]))
        self._names = {v: k for k, v in p.names.items()}
        self._bytes = is_bytes
        comp = _Compiler(p.ngroups)
        self._code = comp.program(tree)
        self._nregs = comp.nregs
        self._fcode = None
        self._first = _first_pred(tree)
        self._lead = None
        fc = _first_chars(tree)
        if fc is not None and len(fc) == 1:
            for c in fc:
                self._lead = c
        self._anchored = tree[0] == _AT and tree[1] == _AT_BEGIN or (
            tree[0] == _CAT and tree[1] and tree[1][0][0] == _AT and tree[1][0][1] in (_AT_BEGIN, _AT_BOL))

    def __repr__(self):
        f = self.flags
        if not self._bytes:
            f &= ~_U
        r = repr(self.pattern)
        if len(r) > 200:
            r = r[:200]
        if f:
            return "re.compile(%s, %s)" % (r, _flag_repr(f))
        return "re.compile(%s)" % r

    def __eq__(self, other):
        return (isinstance(other, Pattern) and self.pattern == other.pattern
                and self.flags == other.flags)

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def _check(self, string):
        if self._bytes:
            if isinstance(string, str):
                raise TypeError("cannot use a bytes pattern on a string-like object")
        elif not isinstance(string, str):
            if isinstance(string, (bytes, bytearray, memoryview)):
                raise TypeError("cannot use a string pattern on a bytes-like object")
            raise TypeError("expected string or bytes-like object, got '%s'"
                            % type(string).__name__)

    def _exec(self, string, chars, pos, endpos, mode, notempty=None):
        # mode 0 match, 1 fullmatch, 2 search
        n = len(chars)
        if endpos is None or endpos > n:
            endpos = n
        if endpos < 0:
            endpos = 0
        if pos < 0:
            pos = 0
        if pos > endpos:
            return None
        regs = [-1] * self._nregs
        trail = []
        code = self._code
        if mode == 1:
            code = self._full_code()
        if mode != 2:
            e = _run(code, chars, pos, endpos, regs, trail, notempty)
            if e < 0:
                return None
            return self._result(string, chars, pos, endpos, pos, e, regs)
        first = self._first
        if first is not None:
            fs, slow = first
        lead = self._lead
        i = pos
        while i <= endpos:
            if lead is not None:
                # the match starts with this one character: let list.index find it
                try:
                    i = chars.index(lead, i, endpos)
                except ValueError:
                    return None
            elif first is not None:
                while i < endpos:
                    c = chars[i]
                    if c in fs or (c >= "\x80" and slow(c)):
                        break
                    i += 1
                if i >= endpos:
                    return None
            e = _run(code, chars, i, endpos, regs, trail, notempty)
            if e >= 0:
                return self._result(string, chars, pos, endpos, i, e, regs)
            if self._anchored and not self.flags & _M:
                return None
            i += 1
        return None

    def _full_code(self):
        code = self._fcode
        if code is None:
            code = self._code[:-1] + [(_OP_AT, _AT_END), (_OP_MATCH,)]
            self._fcode = code
        return code

    def _result(self, string, chars, pos, endpos, start, end, regs):
        regs[0] = start
        regs[1] = end
        return Match(self, string, chars, pos, endpos, regs)

    def match(self, string, pos=0, endpos=None):
        self._check(string)
        return self._exec(string, _chars(string), pos, endpos, 0)

    def fullmatch(self, string, pos=0, endpos=None):
        self._check(string)
        return self._exec(string, _chars(string), pos, endpos, 1)

    def search(self, string, pos=0, endpos=None):
        self._check(string)
        return self._exec(string, _chars(string), pos, endpos, 2)

    def finditer(self, string, pos=0, endpos=None):
        self._check(string)
        chars = _chars(string)
        n = len(chars)
        if endpos is None or endpos > n:
            endpos = n
        notempty = None
        while pos <= endpos:
            m = self._exec(string, chars, pos, endpos, 2, notempty)
            if m is None:
                return
            yield m
            s, e = m._regs[0], m._regs[1]
            pos = e
            notempty = (e,) if s == e else None

    def findall(self, string, pos=0, endpos=None):
        out = []
        g = self.groups
        for m in self.finditer(string, pos, endpos):
            if g == 0:
                out.append(m.group(0))
            elif g == 1:
                out.append(m.group(1) if m._regs[2] >= 0 else m._empty())
            else:
                out.append(m.groups(m._empty()))
        return out

    def split(self, string, maxsplit=0):
        out = []
        last = 0
        count = 0
        for m in self.finditer(string):
            if maxsplit > 0 and count >= maxsplit:
                break
            s, e = m._regs[0], m._regs[1]
            out.append(m._slice(last, s))
            out.extend(m.groups())
            last = e
            count += 1
        chars = _chars(string)
        out.append(_slice(string, chars, last, len(chars), self._bytes))
        return out

    def subn(self, repl, string, count=0):
        self._check(string)
        if callable(repl):
            fn = repl
        else:
            if isinstance(repl, str) == self._bytes:
                raise TypeError("expected %s, got '%s'" % ("a bytes-like object" if self._bytes
                                else "str", type(repl).__name__))
            tpl = _parse_template(repl, self)
            if len(tpl) == 1 and isinstance(tpl[0], (str, bytes)):
                lit = tpl[0]
                fn = lambda m: lit
            else:
                fn = lambda m: _expand(m, tpl)
        parts = []
        last = 0
        n = 0
        chars = _chars(string)
        for m in self.finditer(string):
            if count > 0 and n >= count:
                break
            s, e = m._regs[0], m._regs[1]
            parts.append(_slice(string, chars, last, s, self._bytes))
            r = fn(m)
            if r:
                parts.append(r)
            last = e
            n += 1
        parts.append(_slice(string, chars, last, len(chars), self._bytes))
        empty = b"" if self._bytes else ""
        return empty.join(parts), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=None):
        raise NotImplementedError("Pattern.scanner")

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _slice(string, chars, a, b, is_bytes):
    if is_bytes:
        return bytes(string[a:b])
    return "".join(chars[a:b])


def _flag_repr(f):
    names = []
    for bit, name in _FLAG_NAMES:
        if f & bit:
            names.append("re." + name)
            f &= ~bit
    if f:
        names.append(hex(f))
    return "|".join(names)


class Match:
    def __init__(self, pattern, string, chars, pos, endpos, regs):
        self.re = pattern
        self.string = string
        self._chars = chars
        self.pos = pos
        self.endpos = endpos
        self._regs = regs

    def _empty(self):
        return b"" if self.re._bytes else ""

    def _slice(self, a, b):
        return _slice(self.string, self._chars, a, b, self.re._bytes)

    def _index(self, g):
        if isinstance(g, int):
            if 0 <= g <= self.re.groups:
                return g
        elif isinstance(g, str):
            idx = self.re.groupindex.get(g)
            if idx is not None:
                return idx
        raise IndexError("no such group")

    def _get(self, g, default=None):
        k = 2 * self._index(g)
        a = self._regs[k]
        b = self._regs[k + 1]
        if a < 0 or b < 0:
            return default
        return self._slice(a, b)

    def group(self, *args):
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(args[0])
        return tuple(self._get(g) for g in args)

    def __getitem__(self, g):
        return self._get(g)

    def groups(self, default=None):
        return tuple(self._get(g, default) for g in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(idx, default) for name, idx in self.re.groupindex.items()}

    def start(self, group=0):
        return self._regs[2 * self._index(group)] if self._set(group) else -1

    def end(self, group=0):
        return self._regs[2 * self._index(group) + 1] if self._set(group) else -1

    def span(self, group=0):
        if self._set(group):
            k = 2 * self._index(group)
            return (self._regs[k], self._regs[k + 1])
        return (-1, -1)

    def _set(self, group):
        k = 2 * self._index(group)
        return self._regs[k] >= 0 and self._regs[k + 1] >= 0

    @property
    def regs(self):
        return tuple(self.span(g) for g in range(self.re.groups + 1))

    @property
    def lastindex(self):
        best = None
        best_end = -1
        for g in range(1, self.re.groups + 1):
            if self._set(g):
                e = self._regs[2 * g + 1]
                if e >= best_end:
                    # the group closed last: the outermost among those ending at the same place
                    if e > best_end or best is None:
                        best = g
                        best_end = e
        return best

    @property
    def lastgroup(self):
        li = self.lastindex
        if li is None:
            return None
        return self.re._names.get(li)

    def expand(self, template):
        return _expand(self, _parse_template(template, self.re))

    def __repr__(self):
        return "<re.Match object; span=%r, match=%r>" % (self.span(), self.group(0))

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _parse_template(repl, pattern):
    # The replacement template: a list of literal strings and group numbers.
    is_bytes = not isinstance(repl, str)
    src = "".join([chr(b) for b in repl]) if is_bytes else repl
    if "\\" not in src:
        return [repl]
    out = []
    lit = []
    i = 0
    n = len(src)
    while i < n:
        c = src[i]
        if c != "\\":
            lit.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise error("bad escape (end of pattern)", repl, i)
        d = src[i + 1]
        if d == "g":
            if i + 2 >= n or src[i + 2] != "<":
                raise error("missing <", repl, i + 2)
            j = src.find(">", i + 3)
            if j < 0:
                raise error("missing >, unterminated name", repl, i + 3)
            name = src[i + 3:j]
            if not name:
                raise error("missing group name", repl, i + 3)
            if name.isdigit():
                idx = int(name)
                if idx > pattern.groups:
                    raise error("invalid group reference %d" % idx, repl, i + 3)
            else:
                if not _is_identifier(name):
                    raise error("bad character in group name %r" % name, repl, i + 3)
                if name not in pattern.groupindex:
                    raise IndexError("unknown group name %r" % name)
                idx = pattern.groupindex[name]
            if lit:
                out.append("".join(lit))
                lit = []
            out.append(idx)
            i = j + 1
        elif d.isdigit():
            if d == "0" or (i + 3 < n + 0 and src[i + 2:i + 3].isdigit() and src[i + 3:i + 4].isdigit()
                            and d in "01234567" and src[i + 2] in "01234567" and src[i + 3] in "01234567"):
                # octal escape
                j = i + 1
                k = 0
                while j < n and k < 3 and src[j] in "01234567":
                    j += 1
                    k += 1
                lit.append(chr(int(src[i + 1:j], 8)))
                i = j
                continue
            j = i + 2
            if j < n and src[j].isdigit():
                j += 1
            idx = int(src[i + 1:j])
            if idx > pattern.groups:
                raise error("invalid group reference %d" % idx, repl, i + 1)
            if lit:
                out.append("".join(lit))
                lit = []
            out.append(idx)
            i = j
        elif d in _SPECIAL_ESC:
            lit.append(_SPECIAL_ESC[d])
            i += 2
        elif d.isalpha() and d < "\x80":
            raise error("bad escape \\%s" % d, repl, i)
        else:
            lit.append("\\")
            lit.append(d)
            i += 2
    if lit:
        out.append("".join(lit))
    if is_bytes:
        out = [bytes([ord(c) for c in x]) if isinstance(x, str) else x for x in out]
    return out


def _expand(m, tpl):
    parts = []
    empty = m._empty()
    for x in tpl:
        if isinstance(x, int):
            v = m._get(x)
            parts.append(empty if v is None else v)
        else:
            parts.append(x)
    return empty.join(parts)


# ---------------------------------------------------------------------------------------------
# Module functions

_cache = {}
_MAXCACHE = 64


def compile(pattern, flags=0):
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    key = (type(pattern), pattern, int(flags))
    p = _cache.get(key)
    if p is None:
        p = Pattern(pattern, int(flags))
        if len(_cache) >= _MAXCACHE:
            _cache.clear()
        _cache[key] = p
    return p


def purge():
    _cache.clear()


def match(pattern, string, flags=0):
    return compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return compile(pattern, flags).search(string)


def findall(pattern, string, flags=0):
    return compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return compile(pattern, flags).finditer(string)


def split(pattern, string, maxsplit=0, flags=0):
    return compile(pattern, flags).split(string, maxsplit)


def sub(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).subn(repl, string, count)


_SPECIAL = frozenset("()[]{}?*+-|^$\\&~# \t\n\r\v\f" + chr(46))


def escape(pattern):
    if isinstance(pattern, str):
        return "".join(["\\" + c if c in _SPECIAL else c for c in pattern])
    out = bytearray()
    for b in pattern:
        if chr(b) in _SPECIAL:
            out.append(92)
        out.append(b)
    return bytes(out)


def template(pattern, flags=0):
    return compile(pattern, flags | _T)
