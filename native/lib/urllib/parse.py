# urllib.parse: splitting, joining and quoting URLs, as CPython's urllib.parse documents it
# (RFC 3986 reference resolution for urljoin).
from collections import namedtuple as _namedtuple

__all__ = ["urlparse", "urlunparse", "urljoin", "urldefrag", "urlsplit", "urlunsplit",
           "urlencode", "parse_qs", "parse_qsl", "quote", "quote_plus", "quote_from_bytes",
           "unquote", "unquote_plus", "unquote_to_bytes", "ParseResult", "SplitResult",
           "DefragResult"]

# The frozen build maps the string constants "." and "~" onto other qstrs: spelled with chr().
_DOT = chr(46)
_TILDE = chr(126)

uses_params = ["", "ftp", "hdl", "prospero", "http", "imap", "https", "shttp", "rtsp", "rtspu",
               "sip", "sips", "mms", "sftp", "tel"]
_SCHEME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-" + _DOT)


class _NetlocMixin:
    @property
    def username(self):
        userinfo = self._userinfo()
        return None if userinfo is None else userinfo.partition(":")[0]

    @property
    def password(self):
        userinfo = self._userinfo()
        if userinfo is None:
            return None
        name, sep, pw = userinfo.partition(":")
        return pw if sep else None

    def _userinfo(self):
        netloc = self.netloc
        if "@" not in netloc:
            return None
        return netloc.rpartition("@")[0]

    def _hostport(self):
        hostport = self.netloc.rpartition("@")[2]
        if hostport.startswith("["):
            end = hostport.find("]")
            host = hostport[1:end] if end >= 0 else hostport[1:]
            rest = hostport[end + 1:] if end >= 0 else ""
            port = rest[1:] if rest.startswith(":") else None
            return host, port
        host, sep, port = hostport.partition(":")
        return host, (port if sep else None)

    @property
    def hostname(self):
        host = self._hostport()[0]
        if not host:
            return None
        if "%" in host:
            return host
        return host.lower()

    @property
    def port(self):
        port = self._hostport()[1]
        if port is None or port == "":
            return None
        if not port.isdigit():
            raise ValueError("Port could not be cast to integer value as %r" % port)
        value = int(port)
        if not 0 <= value <= 65535:
            raise ValueError("Port out of range 0-65535")
        return value


_Split = _namedtuple("SplitResult", "scheme netloc path query fragment")
_Parse = _namedtuple("ParseResult", "scheme netloc path params query fragment")
_Defrag = _namedtuple("DefragResult", "url fragment")


class SplitResult(_Split, _NetlocMixin):
    def geturl(self):
        return urlunsplit(self)


class ParseResult(_Parse, _NetlocMixin):
    def geturl(self):
        return urlunparse(self)


class DefragResult(_Defrag):
    def geturl(self):
        return self.url + "#" + self.fragment if self.fragment else self.url


def _coerce(value):
    if isinstance(value, (bytes, bytearray)):
        return value.decode("ascii"), True
    return value, False


def urlsplit(url, scheme="", allow_fragments=True):
    url, is_bytes = _coerce(url)
    url = url.lstrip(" \t\n\r\f\v")
    for c in "\t\r\n":
        url = url.replace(c, "")
    netloc = query = fragment = ""
    i = url.find(":")
    if i > 0 and url[0].isalpha():
        candidate = url[:i]
        if all(c in _SCHEME_CHARS for c in candidate):
            scheme = candidate.lower()
            url = url[i + 1:]
    if url[:2] == "//":
        rest = url[2:]
        end = len(rest)
        for c in "/?#":
            k = rest.find(c)
            if 0 <= k < end:
                end = k
        netloc = rest[:end]
        url = rest[end:]
        if (("[" in netloc and "]" not in netloc) or
                ("]" in netloc and "[" not in netloc)):
            raise ValueError("Invalid IPv6 URL")
    if allow_fragments and "#" in url:
        url, fragment = url.split("#", 1)
    if "?" in url:
        url, query = url.split("?", 1)
    result = SplitResult(scheme, netloc, url, query, fragment)
    if is_bytes:
        result = SplitResult(*[x.encode("ascii") for x in result])
    return result


def urlparse(url, scheme="", allow_fragments=True):
    s = urlsplit(url, scheme, allow_fragments)
    path = s.path
    params = ""
    if s.scheme in uses_params and ";" in path:
        slash = path.rfind("/")
        semi = path.find(";", slash if slash >= 0 else 0)
        if semi >= 0:
            path, params = path[:semi], path[semi + 1:]
    return ParseResult(s.scheme, s.netloc, path, params, s.query, s.fragment)


def urlunsplit(components):
    scheme, netloc, url, query, fragment = components
    if netloc or (scheme and url[:2] != "//" and False):
        if url and url[:1] != "/":
            url = "/" + url
        url = "//" + netloc + url
    elif url[:2] == "//":
        url = "//" + url
    if scheme:
        url = scheme + ":" + url
    if query:
        url = url + "?" + query
    if fragment:
        url = url + "#" + fragment
    return url


def urlunparse(components):
    scheme, netloc, url, params, query, fragment = components
    if params:
        url = "%s;%s" % (url, params)
    return urlunsplit((scheme, netloc, url, query, fragment))


def _remove_dot_segments(path):
    # RFC 3986 section 5.2.4
    out = []
    segments = path.split("/")
    for i, seg in enumerate(segments):
        last = i == len(segments) - 1
        if seg == _DOT:
            if last:
                out.append("")
            continue
        if seg == _DOT + _DOT:
            if len(out) > 1:
                out.pop()
            if last:
                out.append("")
            continue
        out.append(seg)
    result = "/".join(out)
    if path.startswith("/") and not result.startswith("/"):
        result = "/" + result
    return result


def urljoin(base, url, allow_fragments=True):
    if not base:
        return url
    if not url:
        return base
    b = urlparse(base, "", allow_fragments)
    u = urlparse(url, b.scheme, allow_fragments)
    scheme = u.scheme or b.scheme
    if u.scheme and u.scheme != b.scheme:
        return url
    if u.netloc:
        return urlunparse((scheme, u.netloc, _remove_dot_segments(u.path) if u.path else u.path,
                           u.params, u.query, u.fragment))
    netloc = b.netloc
    if not u.path and not u.params:
        return urlunparse((scheme, netloc, b.path, b.params, u.query or b.query,
                           u.fragment))
    if u.path.startswith("/"):
        path = _remove_dot_segments(u.path)
    else:
        if netloc and not b.path:
            merged = "/" + u.path
        else:
            merged = b.path[:b.path.rfind("/") + 1] + u.path
        path = _remove_dot_segments(merged)
    return urlunparse((scheme, netloc, path, u.params, u.query, u.fragment))


def urldefrag(url):
    if "#" in url:
        s = urlparse(url)
        defrag = urlunparse((s.scheme, s.netloc, s.path, s.params, s.query, ""))
        return DefragResult(defrag, s.fragment)
    return DefragResult(url, "")


_ALWAYS_SAFE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
                         + _DOT + _TILDE)


def quote_from_bytes(bs, safe="/"):
    if isinstance(safe, str):
        safe = safe.encode("ascii", "ignore") if hasattr(safe, "encode") else safe
    safe_set = set(_ALWAYS_SAFE)
    for b in safe:
        safe_set.add(chr(b))
    out = []
    for b in bs:
        c = chr(b)
        out.append(c if b < 128 and c in safe_set else "%%%02X" % b)
    return "".join(out)


def quote(string, safe="/", encoding=None, errors=None):
    if isinstance(string, str):
        if not string:
            return string
        string = string.encode(encoding or "utf-8")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe="", encoding=None, errors=None):
    if (isinstance(string, str) and " " not in string) or (
            isinstance(string, bytes) and b" " not in string):
        return quote(string, safe, encoding, errors)
    if isinstance(safe, str):
        safe = safe + " "
    else:
        safe = safe + b" "
    return quote(string, safe, encoding, errors).replace(" ", "+")


_HEX = "0123456789abcdefABCDEF"


def unquote_to_bytes(string):
    if isinstance(string, str):
        string = string.encode("utf-8")
    if b"%" not in string:
        return bytes(string)
    out = bytearray()
    i = 0
    n = len(string)
    while i < n:
        b = string[i]
        if b == 37 and i + 2 < n + 0 and chr(string[i + 1]) in _HEX and chr(string[i + 2]) in _HEX:
            out.append(int(bytes(string[i + 1:i + 3]), 16))
            i += 3
        else:
            out.append(b)
            i += 1
    return bytes(out)


def unquote(string, encoding="utf-8", errors="replace"):
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if "%" not in string:
        return string
    return unquote_to_bytes(string).decode(encoding, errors)


def unquote_plus(string, encoding="utf-8", errors="replace"):
    return unquote(string.replace("+", " "), encoding, errors)


def urlencode(query, doseq=False, safe="", encoding=None, errors=None, quote_via=quote_plus):
    if hasattr(query, "items"):
        query = query.items()
    parts = []

    def q(v):
        if isinstance(v, bytes):
            return quote_via(v, safe)
        return quote_via(str(v), safe, encoding, errors)

    for k, v in query:
        if not doseq or isinstance(v, (str, bytes)):
            parts.append(q(k) + "=" + q(v))
        else:
            try:
                items = iter(v)
            except TypeError:
                parts.append(q(k) + "=" + q(v))
                continue
            for elt in items:
                parts.append(q(k) + "=" + q(elt))
    return "&".join(parts)


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False, encoding="utf-8",
              errors="replace", max_num_fields=None, separator="&"):
    if isinstance(qs, bytes):
        qs = qs.decode("ascii")
    out = []
    if not qs:
        return out
    fields = qs.split(separator)
    if max_num_fields is not None and len(fields) > max_num_fields:
        raise ValueError("Max number of fields exceeded")
    for field in fields:
        if not field and not strict_parsing:
            continue
        name, sep, value = field.partition("=")
        if not sep:
            if strict_parsing:
                raise ValueError("bad query field: %r" % (field,))
            if not keep_blank_values:
                continue
        if value or keep_blank_values:
            out.append((unquote(name.replace("+", " "), encoding, errors),
                        unquote(value.replace("+", " "), encoding, errors)))
    return out


def parse_qs(qs, keep_blank_values=False, strict_parsing=False, encoding="utf-8",
             errors="replace", max_num_fields=None, separator="&"):
    result = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing, encoding, errors,
                                 max_num_fields, separator):
        if name in result:
            result[name].append(value)
        else:
            result[name] = [value]
    return result
