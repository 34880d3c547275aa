# base64: Base16, Base32, Base64, Base85 and Ascii85 encodings, as CPython's base64.
import binascii

__all__ = ["encode", "decode", "encodebytes", "decodebytes", "b64encode", "b64decode",
           "b32encode", "b32decode", "b32hexencode", "b32hexdecode", "b16encode", "b16decode",
           "b85encode", "b85decode", "a85encode", "a85decode", "standard_b64encode",
           "standard_b64decode", "urlsafe_b64encode", "urlsafe_b64decode"]

_b64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def _bytes_from_decode_data(s):
    if isinstance(s, str):
        try:
            return s.encode("ascii")
        except UnicodeError:
            raise ValueError("string argument should contain only ASCII characters")
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    try:
        return bytes(memoryview(s))
    except TypeError:
        raise TypeError("argument should be a bytes-like object or ASCII string, not %r"
                        % type(s).__name__) from None


def _to_bytes(s):
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    if isinstance(s, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return bytes(memoryview(s))


def _translate(b, frm, to):
    if not frm:
        return b
    table = {frm[i]: to[i] for i in range(len(frm))}
    return bytes(table.get(c, c) for c in b)


def b64encode(s, altchars=None):
    encoded = binascii.b2a_base64(_to_bytes(s))[:-1]
    if altchars is not None:
        altchars = _to_bytes(altchars)
        if len(altchars) != 2:
            raise ValueError(repr(altchars))
        return _translate(encoded, b"+/", altchars)
    return encoded


def b64decode(s, altchars=None, validate=False):
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        if len(altchars) != 2:
            raise ValueError(repr(altchars))
        s = _translate(s, altchars, b"+/")
    if validate:
        for c in s:
            if c not in _b64 and c != 61:
                raise _Error("Only base64 data is allowed")
    else:
        s = bytes(c for c in s if c in _b64 or c == 61)
    # count the data characters for a clear padding error
    data = s.rstrip(b"=")
    if len(data) % 4 == 1:
        raise _Error("Invalid base64-encoded string: number of data characters (%d) cannot be 1 more "
                     "than a multiple of 4" % len(data))
    if len(s) % 4:
        if b"=" in s or len(data) % 4 != len(s) % 4:
            raise _Error("Incorrect padding")
        raise _Error("Incorrect padding")
    try:
        return binascii.a2b_base64(s)
    except ValueError:
        raise _Error("Incorrect padding") from None


try:
    Error = binascii.Error
except AttributeError:
    class Error(ValueError):
        pass
_Error = Error


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return _translate(b64encode(s), b"+/", b"-_")


def urlsafe_b64decode(s):
    s = _bytes_from_decode_data(s)
    return b64decode(_translate(s, b"-_", b"+/"))


_b32alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_b32hexalphabet = b"0123456789ABCDEFGHIJKLMNOPQRSTUV"


def _b32encode(alphabet, s):
    s = _to_bytes(s)
    leftover = len(s) % 5
    if leftover:
        s = s + b"\0" * (5 - leftover)
    out = bytearray()
    for i in range(0, len(s), 5):
        c = int.from_bytes(s[i:i + 5], "big")
        for shift in range(35, -1, -5):
            out.append(alphabet[(c >> shift) & 31])
    pad = (0, 6, 4, 3, 1)[leftover]
    if pad:
        return bytes(out[:len(out) - pad]) + b"=" * pad
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise _Error("Incorrect padding")
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        s = _translate(s, b"01", b"O" + map01)
    if casefold:
        s = s.upper()
    l = len(s)
    s = s.rstrip(b"=")
    padchars = l - len(s)
    rev = {alphabet[i]: i for i in range(32)}
    out = bytearray()
    for i in range(0, len(s), 8):
        quanta = s[i:i + 8]
        acc = 0
        for c in quanta:
            try:
                acc = (acc << 5) + rev[c]
            except KeyError:
                raise _Error("Non-base32 digit found") from None
        acc <<= 5 * (8 - len(quanta))
        out += acc.to_bytes(5, "big")
    if l % 8 or padchars not in (0, 1, 3, 4, 6):
        raise _Error("Incorrect padding")
    if padchars and out:
        leftover = (43 - 5 * padchars) // 8
        out = out[:len(out) + leftover - 5]
    return bytes(out)


def b32encode(s):
    return _b32encode(_b32alphabet, s)


def b32decode(s, casefold=False, map01=None):
    return _b32decode(_b32alphabet, s, casefold, map01)


def b32hexencode(s):
    return _b32encode(_b32hexalphabet, s)


def b32hexdecode(s, casefold=False):
    return _b32decode(_b32hexalphabet, s, casefold)


def b16encode(s):
    return binascii.hexlify(_to_bytes(s)).upper()


def b16decode(s, casefold=False):
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    for c in s:
        if c not in b"0123456789ABCDEF":
            raise _Error("Non-base16 digit found")
    return binascii.unhexlify(s)


_b85alphabet = (b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                b"abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~")


def _85encode(b, chars, pad=False, foldnuls=False, foldspaces=False):
    b = _to_bytes(b)
    padding = (-len(b)) % 4
    if padding:
        b = b + b"\0" * padding
    out = bytearray()
    for i in range(0, len(b), 4):
        word = int.from_bytes(b[i:i + 4], "big")
        if foldnuls and not word:
            out += b"z"
        elif foldspaces and word == 0x20202020:
            out += b"y"
        else:
            digits = bytearray(5)
            for k in range(4, -1, -1):
                digits[k] = chars[word % 85]
                word //= 85
            out += digits
    if padding and not pad:
        if out[-1:] == b"z":
            out = out[:-1] + chars[0:1] * 5
        out = out[:len(out) - padding]
    return bytes(out)


def b85encode(b, pad=False):
    return _85encode(b, _b85alphabet, pad)


def b85decode(b):
    b = _bytes_from_decode_data(b)
    rev = {_b85alphabet[i]: i for i in range(85)}
    padding = (-len(b)) % 5
    b = b + b"~" * padding
    out = bytearray()
    for i in range(0, len(b), 5):
        acc = 0
        for j, c in enumerate(b[i:i + 5]):
            try:
                acc = acc * 85 + rev[c]
            except KeyError:
                raise ValueError("bad base85 character at position %d" % (i + j)) from None
        if acc > 0xffffffff:
            raise ValueError("base85 overflow in hunk starting at byte %d" % i)
        out += acc.to_bytes(4, "big")
    if padding:
        out = out[:len(out) - padding]
    return bytes(out)


_a85chars = bytes(range(33, 118))


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    result = _85encode(b, _a85chars, pad, True, foldspaces)
    if adobe:
        result = b"<~" + result
    if wrapcol:
        wrapcol = max(2 if adobe else 1, wrapcol)
        chunks = [result[i:i + wrapcol] for i in range(0, len(result), wrapcol)]
        if adobe and len(chunks[-1]) + 2 > wrapcol:
            chunks.append(b"")
        result = b"\n".join(chunks)
    if adobe:
        result += b"~>"
    return result


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b" \t\n\r\v"):
    b = _bytes_from_decode_data(b)
    if adobe:
        if not b.endswith(b"~>"):
            raise ValueError("Ascii85 encoded byte sequences must end with {!r}".format(b"~>"))
        b = b[2:-2] if b.startswith(b"<~") else b[:-2]
    out = bytearray()
    curr = []
    for x in b + b"u" * 4:
        if 33 <= x <= 117:
            curr.append(x)
            if len(curr) == 5:
                acc = 0
                for c in curr:
                    acc = 85 * acc + (c - 33)
                if acc > 0xffffffff:
                    raise ValueError("Ascii85 overflow")
                out += acc.to_bytes(4, "big")
                curr = []
        elif x == 122:
            if curr:
                raise ValueError("z inside Ascii85 5-tuple")
            out += b"\0\0\0\0"
        elif foldspaces and x == 121:
            if curr:
                raise ValueError("y inside Ascii85 5-tuple")
            out += b"    "
        elif x in ignorechars:
            continue
        else:
            raise ValueError("Non-Ascii85 digit found: %c" % x)
    padding = 4 - len(curr)
    if padding:
        out = out[:len(out) - padding]
    return bytes(out)


MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def encodebytes(s):
    s = _to_bytes(s)
    pieces = []
    for i in range(0, len(s), MAXBINSIZE):
        pieces.append(binascii.b2a_base64(s[i:i + MAXBINSIZE]))
    return b"".join(pieces)


def decodebytes(s):
    return binascii.a2b_base64(_to_bytes(s))


def encode(input, output):
    while True:
        s = input.read(MAXBINSIZE)
        if not s:
            break
        output.write(binascii.b2a_base64(s))


def decode(input, output):
    for line in iter(input.readline, b""):
        output.write(binascii.a2b_base64(line))
