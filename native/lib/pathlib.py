# pathlib: object-oriented filesystem paths (POSIX flavour), as CPython's pathlib.
import os
import fnmatch
import builtins

# The frozen-module build maps the string constants "." and "~" onto other qstrs
# ("_dot_", U+02DC): they are spelled with chr() here.
_DOT = chr(46)
_TILDE = chr(126)


_ENOENT = 2
_EEXIST = 17
# MicroPython raises plain OSError(errno); these are used where CPython names the subclass
_FileNotFoundError = getattr(builtins, "FileNotFoundError", OSError)
_FileExistsError = getattr(builtins, "FileExistsError", OSError)


def _errno(e):
    return e.errno if hasattr(e, "errno") else (e.args[0] if e.args else None)

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath", "Path", "PosixPath", "WindowsPath"]


def _parse(parts):
    # -> (root, [names]) from str arguments, as PurePosixPath does
    root = ""
    names = []
    for a in parts:
        if isinstance(a, PurePath):
            a = str(a)
        elif not isinstance(a, str):
            f = getattr(type(a), "__fspath__", None)
            if f is None:
                raise TypeError("argument should be a str or an os.PathLike object where __fspath__ "
                                "returns a str, not %r" % type(a).__name__)
            a = f(a)
        if a.startswith("/"):
            root = "//" if a.startswith("//") and not a.startswith("///") else "/"
            names = []
        for n in a.split("/"):
            if n and n != _DOT:
                names.append(n)
    return root, names


class PurePath:
    __slots__ = ("_root", "_parts", "_str")

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        self = object.__new__(cls)
        self._root, self._parts = _parse(args)
        self._str = None
        return self

    def __init__(self, *args):
        pass

    @classmethod
    def _from(cls, root, parts):
        self = object.__new__(cls)
        self._root = root
        self._parts = parts
        self._str = None
        return self

    def _make(self, root, parts):
        return type(self)._from(root, parts)

    def __str__(self):
        s = self._str
        if s is None:
            s = self._root + "/".join(self._parts)
            if not s:
                s = _DOT
            self._str = s
        return s

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __bytes__(self):
        return str(self).encode()

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self.as_posix())

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        out = []
        for c in str(self).encode("utf-8"):
            ch = chr(c)
            if ch.isalpha() and c < 128 or ch.isdigit() or ch in "/-._~!$&'()*+,;=:@":
                out.append(ch)
            else:
                out.append("%%%02X" % c)
        return "file://" + "".join(out)

    def _key(self):
        return (self._root, self._parts)

    def __hash__(self):
        return hash(str(self))

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() == other._key()

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() >= other._key()

    @property
    def drive(self):
        return ""

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        if self._root:
            return (self._root,) + tuple(self._parts)
        return tuple(self._parts)

    @property
    def name(self):
        return self._parts[-1] if self._parts else ""

    @property
    def suffix(self):
        name = self.name
        i = name.rfind(_DOT)
        if 0 < i < len(name) - 1:
            return name[i:]
        return ""

    @property
    def suffixes(self):
        name = self.name
        if name.endswith(_DOT):
            return []
        name = name.lstrip(_DOT)
        return [_DOT + s for s in name.split(_DOT)[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind(_DOT)
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        if not self._parts:
            return self
        return self._make(self._root, self._parts[:-1])

    @property
    def parents(self):
        return _PathParents(self)

    def with_name(self, name):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        if not name or "/" in name or name == _DOT:
            raise ValueError("Invalid name %r" % (name,))
        return self._make(self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if "/" in suffix or suffix and (not suffix.startswith(_DOT) or suffix == _DOT):
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        if not old:
            name = name + suffix
        else:
            name = name[:-len(old)] + suffix
        return self._make(self._root, self._parts[:-1] + [name])

    def relative_to(self, *other):
        if not other:
            raise TypeError("need at least one argument")
        o = type(self)(*other)
        n = len(o._parts)
        if o._root != self._root or self._parts[:n] != o._parts:
            raise ValueError("%r is not in the subpath of %r OR one path is relative and the other "
                             "is absolute." % (str(self), str(o)))
        return self._make("", self._parts[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def joinpath(self, *args):
        root, parts = _parse((self,) + args)
        return self._make(root, parts)

    def __truediv__(self, key):
        try:
            return self.joinpath(key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)(key, self)
        except TypeError:
            return NotImplemented

    def match(self, path_pattern):
        pat = PurePosixPath(path_pattern)
        if not pat._parts:
            raise ValueError("empty pattern")
        pparts = pat._parts
        parts = self._parts
        if pat._root:
            if not self._root or len(pparts) != len(parts):
                return False
        elif len(pparts) > len(parts):
            return False
        for part, p in zip(reversed(parts), reversed(pparts)):
            if not fnmatch.fnmatchcase(part, p):
                return False
        return True


class _PathParents:
    def __init__(self, path):
        self._path = path
        self._n = len(path._parts)

    def __len__(self):
        return self._n

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(self._n)))
        if idx < 0:
            idx += self._n
        if idx < 0 or idx >= self._n:
            raise IndexError(idx)
        p = self._path
        return p._make(p._root, p._parts[:self._n - idx - 1])

    def __iter__(self):
        for i in range(self._n):
            yield self[i]

    def __repr__(self):
        return "<%s.parents>" % type(self._path).__name__


class PurePosixPath(PurePath):
    __slots__ = ()


class PureWindowsPath(PurePath):
    __slots__ = ()

    def __new__(cls, *args):
        raise NotImplementedError("PureWindowsPath is not supported on this system")


class Path(PurePosixPath):
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        self = object.__new__(cls)
        self._root, self._parts = _parse(args)
        self._str = None
        return self

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(os.path.expanduser(_TILDE))

    def absolute(self):
        if self.is_absolute():
            return self
        return type(self)(os.getcwd(), self)

    def resolve(self, strict=False):
        p = os.path.realpath(str(self.absolute())) if hasattr(os.path, "realpath") else os.path.normpath(str(self.absolute()))
        if strict and not os.path.exists(p):
            raise _FileNotFoundError(_ENOENT, "No such file or directory", p)
        return type(self)(p)

    def stat(self, *, follow_symlinks=True):
        return os.stat(str(self), follow_symlinks=follow_symlinks)

    def lstat(self):
        return os.lstat(str(self))

    def exists(self, *, follow_symlinks=True):
        try:
            self.stat(follow_symlinks=follow_symlinks)
        except OSError:
            return False
        except ValueError:
            return False
        return True

    def _mode(self):
        try:
            return self.stat().st_mode & 0o170000
        except (OSError, ValueError):
            return None

    def is_dir(self):
        return self._mode() == 0o040000

    def is_file(self):
        return self._mode() == 0o100000

    def is_symlink(self):
        try:
            return self.lstat().st_mode & 0o170000 == 0o120000
        except (OSError, ValueError):
            return False

    def is_mount(self):
        return str(self.absolute()) == "/"

    def is_socket(self):
        return self._mode() == 0o140000

    def is_fifo(self):
        return self._mode() == 0o010000

    def is_block_device(self):
        return self._mode() == 0o060000

    def is_char_device(self):
        return self._mode() == 0o020000

    def iterdir(self):
        for name in os.listdir(str(self)):
            yield self._make_child(name)

    def _make_child(self, name):
        return self._make(self._root, self._parts + [name])

    def open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        if "b" in mode:
            return open(str(self), mode)
        return open(str(self), mode, encoding=encoding) if encoding is not None else open(str(self), mode)

    def read_text(self, encoding=None, errors=None):
        with self.open("r") as f:
            return f.read()

    def read_bytes(self):
        with self.open("rb") as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError("data must be str, not %s" % data.__class__.__name__)
        with self.open("w") as f:
            return f.write(data)

    def write_bytes(self, data):
        view = bytes(data)
        with self.open("wb") as f:
            return f.write(view)

    def touch(self, mode=0o666, exist_ok=True):
        if self.exists():
            if not exist_ok:
                raise _FileExistsError(_EEXIST, "File exists", str(self))
            # update the times: append nothing
            with open(str(self), "ab"):
                pass
            return
        with open(str(self), "ab"):
            pass

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(str(self), mode)
        except OSError as e:
            if _errno(e) == _ENOENT:
                if not parents or self.parent == self:
                    raise
                self.parent.mkdir(parents=True, exist_ok=True)
                self.mkdir(mode, parents=False, exist_ok=exist_ok)
            elif not exist_ok or not self.is_dir():
                raise

    def unlink(self, missing_ok=False):
        try:
            os.unlink(str(self))
        except OSError as e:
            if not missing_ok or _errno(e) != _ENOENT:
                raise

    def rmdir(self):
        os.rmdir(str(self))

    def rename(self, target):
        os.rename(str(self), str(target))
        return type(self)(target)

    def replace(self, target):
        os.replace(str(self), str(target))
        return type(self)(target)

    def samefile(self, other_path):
        st = self.stat()
        try:
            other_st = other_path.stat()
        except AttributeError:
            other_st = type(self)(other_path).stat()
        return st.st_ino == other_st.st_ino and st.st_dev == other_st.st_dev

    def expanduser(self):
        return type(self)(os.path.expanduser(str(self)))

    def chmod(self, mode, *, follow_symlinks=True):
        pass

    def owner(self):
        raise NotImplementedError("Path.owner() is unsupported on this system")

    def group(self):
        raise NotImplementedError("Path.group() is unsupported on this system")

    def glob(self, pattern):
        if not pattern:
            raise ValueError("Unacceptable pattern: %r" % (pattern,))
        pat = PurePosixPath(pattern)
        if pat._root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        parts = pat._parts
        if pattern.endswith("/"):
            parts = parts + [""]
        yield from self._glob(self, parts)

    def rglob(self, pattern):
        yield from self.glob("**/" + pattern)

    def _glob(self, base, parts):
        if not parts:
            yield base
            return
        head, rest = parts[0], parts[1:]
        if head == "":
            if base.is_dir():
                yield base
            return
        if head == "**":
            seen = set()
            for d in self._walk_dirs(base):
                for p in self._glob(d, rest):
                    k = str(p)
                    if k not in seen:
                        seen.add(k)
                        yield p
            return
        if not any(c in head for c in "*?["):
            child = base._make_child(head)
            if rest:
                if child.is_dir():
                    yield from self._glob(child, rest)
            elif child.exists():
                yield child
            return
        try:
            names = os.listdir(str(base))
        except OSError:
            return
        for name in names:
            if fnmatch.fnmatchcase(name, head):
                child = base._make_child(name)
                if rest:
                    if child.is_dir():
                        yield from self._glob(child, rest)
                else:
                    yield child

    def _walk_dirs(self, base):
        yield base
        try:
            names = os.listdir(str(base))
        except OSError:
            return
        for name in names:
            child = base._make_child(name)
            if child.is_dir() and not child.is_symlink():
                yield from self._walk_dirs(child)

    def walk(self, top_down=True, on_error=None, follow_symlinks=False):
        try:
            names = os.listdir(str(self))
        except OSError as e:
            if on_error is not None:
                on_error(e)
            return
        dirs = []
        files = []
        for name in names:
            (dirs if self._make_child(name).is_dir() else files).append(name)
        if top_down:
            yield self, dirs, files
            for d in dirs:
                yield from self._make_child(d).walk(top_down, on_error, follow_symlinks)
        else:
            for d in dirs:
                yield from self._make_child(d).walk(top_down, on_error, follow_symlinks)
            yield self, dirs, files


class PosixPath(Path, PurePosixPath):
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise NotImplementedError("cannot instantiate %r on your system" % (cls.__name__,))
