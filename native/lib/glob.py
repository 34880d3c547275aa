# glob: Unix style pathname pattern expansion, as CPython's glob.
import os
import fnmatch

# The frozen-module build maps the string constants "." and "~" onto other qstrs
# ("_dot_", U+02DC): they are spelled with chr() here.
_DOT = chr(46)


__all__ = ["escape", "glob", "iglob", "has_magic"]


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    return list(iglob(pathname, root_dir=root_dir, recursive=recursive, include_hidden=include_hidden))


def has_magic(s):
    if isinstance(s, bytes):
        s = s.decode()
    return any(c in s for c in "*?[")


def _ishidden(name):
    return name[0] == _DOT


def _listdir(dirname, dironly):
    try:
        entries = list(os.scandir(dirname or _DOT))
    except OSError:
        return []
    out = []
    for e in entries:
        if dironly:
            try:
                if not e.is_dir():
                    continue
            except OSError:
                continue
        out.append(e.name)
    return out


def _join(a, b):
    if not a:
        return b
    return os.path.join(a, b)


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    it = _iglob(pathname, root_dir, recursive, include_hidden, False)
    skip_empty = not pathname or (recursive and pathname[:2] == "**")
    for p in it:
        if skip_empty:
            skip_empty = False
            if not p:
                continue
        yield p


def _exists(path, root_dir):
    full = _join(root_dir, path) if root_dir else path
    return os.path.lexists(full) if hasattr(os.path, "lexists") else os.path.exists(full)


def _isdir(path, root_dir):
    return os.path.isdir(_join(root_dir, path) if root_dir else path)


def _iglob(pathname, root_dir, recursive, include_hidden, dironly):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if _exists(pathname, root_dir):
                yield pathname
        else:
            if _isdir(dirname, root_dir):
                yield pathname
        return
    if not dirname:
        if recursive and basename == "**":
            yield from _glob2(root_dir, basename, dironly, include_hidden)
        else:
            yield from _glob1(root_dir, basename, dironly, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, include_hidden, True)
    else:
        dirs = [dirname]
    if has_magic(basename):
        if recursive and basename == "**":
            glob_in_dir = _glob2
        else:
            glob_in_dir = _glob1
    else:
        glob_in_dir = _glob0
    for d in dirs:
        for name in glob_in_dir(_join(root_dir, d) if root_dir else d, basename, dironly, include_hidden):
            yield os.path.join(d, name)


def _glob1(dirname, pattern, dironly, include_hidden):
    names = _listdir(dirname, dironly)
    if not (include_hidden or _ishidden(pattern)):
        names = [x for x in names if not _ishidden(x)]
    return fnmatch.filter(names, pattern)


def _glob0(dirname, basename, dironly, include_hidden):
    if basename:
        if os.path.exists(_join(dirname, basename)):
            return [basename]
    else:
        if os.path.isdir(dirname or _DOT):
            return [basename]
    return []


def _glob2(dirname, pattern, dironly, include_hidden):
    yield pattern[:0]
    yield from _rlistdir(dirname, dironly, include_hidden)


def _rlistdir(dirname, dironly, include_hidden):
    names = _listdir(dirname, dironly)
    for x in names:
        if include_hidden or not _ishidden(x):
            yield x
            path = _join(dirname, x) if dirname else x
            if os.path.isdir(path):
                for y in _rlistdir(path, dironly, include_hidden):
                    yield _join(x, y)


def escape(pathname):
    drive, rest = "", pathname
    return drive + "".join("[" + c + "]" if c in "*?[" else c for c in rest)
