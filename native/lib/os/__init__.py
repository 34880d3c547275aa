# The guest's `os` module: the C half is `_os` (native/port/modos.c); this adds the parts that
# are plain Python.
from _os import *
from _os import stat as _stat, lstat as _lstat, listdir as _listdir, ilistdir as _ilistdir
from . import path

# The frozen-module build maps the string constants "." and "~" onto other qstrs
# ("_dot_", U+02DC): they are spelled with chr() here.
_DOT = chr(46)


sep = "/"
curdir = _DOT
pardir = ".."
extsep = _DOT
altsep = None
pathsep = ":"
linesep = "\n"
devnull = "/dev/null"
name = "posix"
environ = {}

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1


class stat_result(tuple):
    n_sequence_fields = 10

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self[7])
    st_mtime = property(lambda self: self[8])
    st_ctime = property(lambda self: self[9])


def stat(path, *, follow_symlinks=True):
    return stat_result(_stat(path) if follow_symlinks else _lstat(path))


def lstat(path):
    return stat_result(_lstat(path))


def listdir(path=None):
    # (the C default for path is the qstr "_dot_" in this build, not ".")
    return _listdir(_DOT if path is None else path)


def ilistdir(path=None):
    return _ilistdir(_DOT if path is None else path)


def getenv(key, default=None):
    return environ.get(key, default)


def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    f = getattr(type(p), "__fspath__", None)
    if f is None:
        raise TypeError("expected str, bytes or os.PathLike object, not " + type(p).__name__)
    return f(p)


def getcwdb():
    return getcwd().encode()


def replace(src, dst):
    rename(src, dst)


def access(path, mode):
    try:
        _stat(path)
        return True
    except OSError:
        return False


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, mode, exist_ok)
        except OSError:
            pass
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


class DirEntry:
    def __init__(self, top, name, kind, ino):
        self.name = name
        self.path = path.join(top, name)
        self._kind = kind
        self._ino = ino

    def is_dir(self, *, follow_symlinks=True):
        if self._kind == 0 or (follow_symlinks and self._kind == 0xA000):
            return path.isdir(self.path)
        return self._kind == 0x4000

    def is_file(self, *, follow_symlinks=True):
        if self._kind == 0 or (follow_symlinks and self._kind == 0xA000):
            return path.isfile(self.path)
        return self._kind == 0x8000

    def is_symlink(self):
        return self._kind == 0xA000

    def inode(self):
        return self._ino

    def stat(self, *, follow_symlinks=True):
        return stat(self.path, follow_symlinks=follow_symlinks)

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return "<DirEntry %r>" % self.name


class _Scandir:
    def __init__(self, top):
        self._top = top
        self._it = ilistdir(top)

    def __iter__(self):
        return self

    def __next__(self):
        name, kind, ino = next(self._it)[:3]
        return DirEntry(self._top, name, kind, ino)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        self._it.close()


def scandir(top=_DOT):
    return _Scandir(top)


def walk(top, topdown=True, onerror=None, followlinks=False):
    try:
        entries = list(scandir(top))
    except OSError as e:
        if onerror is not None:
            onerror(e)
        return
    dirs = []
    files = []
    for entry in entries:
        (dirs if entry.is_dir(follow_symlinks=followlinks) else files).append(entry.name)
    if topdown:
        yield top, dirs, files
        for d in dirs:
            yield from walk(path.join(top, d), topdown, onerror, followlinks)
    else:
        for d in dirs:
            yield from walk(path.join(top, d), topdown, onerror, followlinks)
        yield top, dirs, files
