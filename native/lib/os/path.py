# os.path for POSIX paths, as CPython's posixpath behaves.
import _os

# The frozen-module build maps the string constants "." and "~" onto other qstrs
# ("_dot_", U+02DC): they are spelled with chr() here.
_DOT = chr(46)


sep = "/"
curdir = _DOT
pardir = ".."


def _kind(p):
    try:
        return _os.stat(p)[0] & 0o170000
    except (OSError, ValueError):
        return None


def exists(p):
    return _kind(p) is not None


def lexists(p):
    try:
        _os.lstat(p)
        return True
    except (OSError, ValueError):
        return False


def isdir(p):
    return _kind(p) == 0o040000


def isfile(p):
    return _kind(p) == 0o100000


def islink(p):
    try:
        return _os.lstat(p)[0] & 0o170000 == 0o120000
    except (OSError, ValueError):
        return False


def getsize(p):
    return _os.stat(p)[6]


def getmtime(p):
    return _os.stat(p)[8]


def getatime(p):
    return _os.stat(p)[7]


def getctime(p):
    return _os.stat(p)[9]


def isabs(p):
    return p.startswith("/")


def join(a, *parts):
    out = a
    for b in parts:
        if b.startswith("/"):
            out = b
        elif not out or out.endswith("/"):
            out += b
        else:
            out += "/" + b
    return out


def split(p):
    i = p.rfind("/") + 1
    head, tail = p[:i], p[i:]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head, tail


def basename(p):
    return p[p.rfind("/") + 1 :]


def dirname(p):
    return split(p)[0]


def splitext(p):
    dot = p.rfind(_DOT)
    slash = p.rfind("/")
    if dot <= slash + 1:
        return p, ""
    i = slash + 1
    while i < dot and p[i] == _DOT:
        i += 1
    if i == dot:
        return p, ""
    return p[:dot], p[dot:]


def normpath(p):
    if not p:
        return _DOT
    initial = 2 if p.startswith("//") and not p.startswith("///") else (1 if p.startswith("/") else 0)
    out = []
    for comp in p.split("/"):
        if comp in ("", _DOT):
            continue
        if comp != ".." or (not initial and not out) or (out and out[-1] == ".."):
            out.append(comp)
        elif out:
            out.pop()
    p = "/".join(out)
    if initial:
        p = "/" * initial + p
    return p or _DOT


def abspath(p):
    if not isabs(p):
        p = join(_os.getcwd(), p)
    return normpath(p)


def realpath(p, *, strict=False):
    return abspath(p)


def relpath(p, start=None):
    if not p:
        raise ValueError("no path specified")
    start = abspath(start or curdir)
    p = abspath(p)
    s = [x for x in start.split("/") if x]
    t = [x for x in p.split("/") if x]
    i = 0
    while i < len(s) and i < len(t) and s[i] == t[i]:
        i += 1
    rel = [pardir] * (len(s) - i) + t[i:]
    return join(*rel) if rel else curdir


def commonprefix(m):
    if not m:
        return ""
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    split_paths = [[c for c in p.split("/") if c and c != _DOT] for p in paths]
    absolute = {p.startswith("/") for p in paths}
    if len(absolute) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    common = split_paths[0]
    for sp in split_paths[1:]:
        i = 0
        while i < len(common) and i < len(sp) and common[i] == sp[i]:
            i += 1
        common = common[:i]
    prefix = "/" if paths[0].startswith("/") else ""
    return prefix + "/".join(common)


def expanduser(p):
    return p


def expandvars(p):
    return p
