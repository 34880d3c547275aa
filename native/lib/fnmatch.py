# fnmatch: Unix shell-style filename matching, as CPython's fnmatch (POSIX: case-sensitive).
# The frozen-module build maps the string constants "." and "~" onto other qstrs
# ("_dot_", U+02DC): they are spelled with chr() here.
_DOT = chr(46)


__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_cache = {}


def fnmatch(name, pat):
    return fnmatchcase(name, pat)


def _compile(pat):
    # a list of tokens: ("*",), ("?",), ("lit", text), ("set", negate, items) where items are
    # single characters or (lo, hi) ranges
    tokens = []
    i = 0
    n = len(pat)
    lit = []
    while i < n:
        c = pat[i]
        i += 1
        if c == "*":
            if lit:
                tokens.append(("lit", "".join(lit)))
                lit = []
            if not tokens or tokens[-1] != ("*",):
                tokens.append(("*",))
        elif c == "?":
            if lit:
                tokens.append(("lit", "".join(lit)))
                lit = []
            tokens.append(("?",))
        elif c == "[":
            j = i
            if j < n and pat[j] == "!":
                j += 1
            if j < n and pat[j] == "]":
                j += 1
            while j < n and pat[j] != "]":
                j += 1
            if j >= n:
                lit.append("[")
                continue
            stuff = pat[i:j]
            i = j + 1
            negate = stuff.startswith("!")
            if negate:
                stuff = stuff[1:]
            items = []
            k = 0
            while k < len(stuff):
                if k + 2 < len(stuff) and stuff[k + 1] == "-":
                    lo, hi = stuff[k], stuff[k + 2]
                    if lo <= hi:
                        items.append((lo, hi))
                    k += 3
                else:
                    items.append(stuff[k])
                    k += 1
            if lit:
                tokens.append(("lit", "".join(lit)))
                lit = []
            if not items and not negate:
                tokens.append(("never",))
            else:
                tokens.append(("set", negate, items))
        else:
            lit.append(c)
    if lit:
        tokens.append(("lit", "".join(lit)))
    return tokens


def _in_set(c, items):
    for it in items:
        if type(it) is tuple:
            if it[0] <= c <= it[1]:
                return True
        elif c == it:
            return True
    return False


def _match_here(tokens, ti, name, ni):
    # iterative matching with backtracking on the last '*'
    star_ti = -1
    star_ni = 0
    nt = len(tokens)
    nn = len(name)
    while True:
        if ti < nt:
            tok = tokens[ti]
            kind = tok[0]
            if kind == "*":
                star_ti = ti
                star_ni = ni
                ti += 1
                continue
            if kind == "lit":
                text = tok[1]
                if name.startswith(text, ni):
                    ti += 1
                    ni += len(text)
                    continue
            elif kind == "?":
                if ni < nn:
                    ti += 1
                    ni += 1
                    continue
            elif kind == "set":
                if ni < nn and _in_set(name[ni], tok[2]) != tok[1]:
                    ti += 1
                    ni += 1
                    continue
        elif ni == nn:
            return True
        # mismatch: let the last star swallow one more character
        if star_ti < 0 or star_ni >= nn:
            return False
        star_ni += 1
        ni = star_ni
        ti = star_ti + 1


def fnmatchcase(name, pat):
    tokens = _cache.get(pat)
    if tokens is None:
        if len(_cache) > 256:
            _cache.clear()
        tokens = _cache[pat] = _compile(pat)
    return _match_here(tokens, 0, name, 0)


def filter(names, pat):
    return [n for n in names if fnmatchcase(n, pat)]


_special = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f"


def _escape(s):
    return "".join("\\" + c if c in _special else c for c in s)


def translate(pat):
    res = []
    i = 0
    n = len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == "*":
            if not res or res[-1] != ".*":
                res.append(".*")
        elif c == "?":
            res.append(_DOT)
        elif c == "[":
            j = i
            if j < n and pat[j] == "!":
                j += 1
            if j < n and pat[j] == "]":
                j += 1
            while j < n and pat[j] != "]":
                j += 1
            if j >= n:
                res.append("\\[")
            else:
                stuff = pat[i:j].replace("\\", "\\\\")
                i = j + 1
                if not stuff:
                    res.append("(?!)")
                elif stuff == "!":
                    res.append(_DOT)
                else:
                    if stuff[0] == "!":
                        stuff = "^" + stuff[1:]
                    elif stuff[0] in ("^", "["):
                        stuff = "\\" + stuff
                    res.append("[%s]" % stuff)
        else:
            res.append(_escape(c))
    return "(?s:%s)\\Z" % "".join(res)
