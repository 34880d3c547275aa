# html: escape() and unescape(), as CPython's html. unescape() knows the common named
# character references (html.entities.html5 lists them), numeric references and CPython's
# replacements for invalid code points.
__all__ = ["escape", "unescape"]


def escape(s, quote=True):
    s = s.replace("&", "&amp;")
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace("'", "&#x27;")
    return s


_invalid_charrefs = {
    0x00: "\ufffd", 0x0d: "\r", 0x80: "\u20ac", 0x81: "\x81", 0x82: "\u201a", 0x83: "\u0192",
    0x84: "\u201e", 0x85: "\u2026", 0x86: "\u2020", 0x87: "\u2021", 0x88: "\u02c6", 0x89: "\u2030",
    0x8a: "\u0160", 0x8b: "\u2039", 0x8c: "\u0152", 0x8d: "\x8d", 0x8e: "\u017d", 0x8f: "\x8f",
    0x90: "\x90", 0x91: "\u2018", 0x92: "\u2019", 0x93: "\u201c", 0x94: "\u201d", 0x95: "\u2022",
    0x96: "\u2013", 0x97: "\u2014", 0x98: chr(0x2dc), 0x99: "\u2122", 0x9a: "\u0161", 0x9b: "\u203a",
    0x9c: "\u0153", 0x9d: "\x9d", 0x9e: "\u017e", 0x9f: "\u0178",
}

_invalid_codepoints = set(list(range(0x1, 0x9)) + list(range(0xe, 0x20)) + list(range(0x7f, 0xa0)) +
                          list(range(0xfdd0, 0xfdf0)) + [0xb] +
                          [0xfffe, 0xffff, 0x1fffe, 0x1ffff, 0x2fffe, 0x2ffff, 0x3fffe, 0x3ffff,
                           0x4fffe, 0x4ffff, 0x5fffe, 0x5ffff, 0x6fffe, 0x6ffff, 0x7fffe, 0x7ffff,
                           0x8fffe, 0x8ffff, 0x9fffe, 0x9ffff, 0xafffe, 0xaffff, 0xbfffe, 0xbffff,
                           0xcfffe, 0xcffff, 0xdfffe, 0xdffff, 0xefffe, 0xeffff, 0xffffe, 0xfffff,
                           0x10fffe, 0x10ffff])


def _charref(text, i):
    # text[i] == '&'; returns (replacement, next index) or None
    n = len(text)
    j = i + 1
    if j < n and text[j] == "#":
        j += 1
        hexa = j < n and text[j] in "xX"
        if hexa:
            j += 1
        start = j
        digits = "0123456789abcdefABCDEF" if hexa else "0123456789"
        while j < n and text[j] in digits:
            j += 1
        if j == start:
            return None
        num = int(text[start:j], 16 if hexa else 10)
        if j < n and text[j] == ";":
            j += 1
        if num in _invalid_charrefs:
            return _invalid_charrefs[num], j
        if 0xD800 <= num <= 0xDFFF or num > 0x10FFFF:
            return "\ufffd", j
        if num in _invalid_codepoints:
            return "", j
        return chr(num), j
    # named reference: the longest name in the table that matches
    start = j
    while j < n and (text[j].isalpha() or text[j].isdigit()) and j - start < 32:
        j += 1
    name = text[start:j]
    entities = _get_entities()
    if j < n and text[j] == ";" and name + ";" in entities:
        return entities[name + ";"], j + 1
    for k in range(len(name), 1, -1):
        if name[:k] in entities:
            return entities[name[:k]], start + k
    return None


def unescape(s):
    if "&" not in s:
        return s
    out = []
    i = 0
    n = len(s)
    while i < n:
        j = s.find("&", i)
        if j < 0:
            out.append(s[i:])
            break
        out.append(s[i:j])
        r = _charref(s, j)
        if r is None:
            out.append("&")
            i = j + 1
        else:
            out.append(r[0])
            i = r[1]
    return "".join(out)


def _build_entities():
    # names valid without ';' (the HTML5 legacy set) map both ways
    legacy = {
        "AElig": 198, "AMP": 38, "Aacute": 193, "Acirc": 194, "Agrave": 192, "Aring": 197,
        "Atilde": 195, "Auml": 196, "COPY": 169, "Ccedil": 199, "ETH": 208, "Eacute": 201,
        "Ecirc": 202, "Egrave": 200, "Euml": 203, "GT": 62, "Iacute": 205, "Icirc": 206,
        "Igrave": 204, "Iuml": 207, "LT": 60, "Ntilde": 209, "Oacute": 211, "Ocirc": 212,
        "Ograve": 210, "Oslash": 216, "Otilde": 213, "Ouml": 214, "QUOT": 34, "REG": 174,
        "THORN": 222, "Uacute": 218, "Ucirc": 219, "Ugrave": 217, "Uuml": 220, "Yacute": 221,
        "aacute": 225, "acirc": 226, "acute": 180, "aelig": 230, "agrave": 224, "amp": 38,
        "aring": 229, "atilde": 227, "auml": 228, "brvbar": 166, "ccedil": 231, "cedil": 184,
        "cent": 162, "copy": 169, "curren": 164, "deg": 176, "divide": 247, "eacute": 233,
        "ecirc": 234, "egrave": 232, "eth": 240, "euml": 235, "frac12": 189, "frac14": 188,
        "frac34": 190, "gt": 62, "iacute": 237, "icirc": 238, "iexcl": 161, "igrave": 236,
        "iquest": 191, "iuml": 239, "laquo": 171, "lt": 60, "macr": 175, "micro": 181,
        "middot": 183, "nbsp": 160, "not": 172, "ntilde": 241, "oacute": 243, "ocirc": 244,
        "ograve": 242, "ordf": 170, "ordm": 186, "oslash": 248, "otilde": 245, "ouml": 246,
        "para": 182, "plusmn": 177, "pound": 163, "quot": 34, "raquo": 187, "reg": 174,
        "sect": 167, "shy": 173, "sup1": 185, "sup2": 178, "sup3": 179, "szlig": 223,
        "thorn": 254, "times": 215, "uacute": 250, "ucirc": 251, "ugrave": 249, "uml": 168,
        "uuml": 252, "yacute": 253, "yen": 165, "yuml": 255,
    }
    # common names that need the ';'
    named = {
        "apos": 39, "Alpha": 913, "Beta": 914, "Gamma": 915, "Delta": 916, "Epsilon": 917,
        "Zeta": 918, "Eta": 919, "Theta": 920, "Iota": 921, "Kappa": 922, "Lambda": 923, "Mu": 924,
        "Nu": 925, "Xi": 926, "Omicron": 927, "Pi": 928, "Rho": 929, "Sigma": 931, "Tau": 932,
        "Upsilon": 933, "Phi": 934, "Chi": 935, "Psi": 936, "Omega": 937, "alpha": 945,
        "beta": 946, "gamma": 947, "delta": 948, "epsilon": 949, "zeta": 950, "eta": 951,
        "theta": 952, "iota": 953, "kappa": 954, "lambda": 955, "mu": 956, "nu": 957, "xi": 958,
        "omicron": 959, "pi": 960, "rho": 961, "sigmaf": 962, "sigma": 963, "tau": 964,
        "upsilon": 965, "phi": 966, "chi": 967, "psi": 968, "omega": 969, "bull": 8226,
        "hellip": 8230, "prime": 8242, "Prime": 8243, "oline": 8254, "frasl": 8260,
        "trade": 8482, "larr": 8592, "uarr": 8593, "rarr": 8594, "darr": 8595, "harr": 8596,
        "lArr": 8656, "uArr": 8657, "rArr": 8658, "dArr": 8659, "hArr": 8660, "forall": 8704,
        "part": 8706, "exist": 8707, "empty": 8709, "nabla": 8711, "isin": 8712, "notin": 8713,
        "ni": 8715, "prod": 8719, "sum": 8721, "minus": 8722, "lowast": 8727, "radic": 8730,
        "prop": 8733, "infin": 8734, "ang": 8736, "and": 8743, "or": 8744, "cap": 8745,
        "cup": 8746, "int": 8747, "there4": 8756, "sim": 8764, "cong": 8773, "asymp": 8776,
        "ne": 8800, "equiv": 8801, "le": 8804, "ge": 8805, "sub": 8834, "sup": 8835,
        "nsub": 8836, "sube": 8838, "supe": 8839, "oplus": 8853, "otimes": 8855, "perp": 8869,
        "sdot": 8901, "lceil": 8968, "rceil": 8969, "lfloor": 8970, "rfloor": 8971,
        "lang": 10216, "rang": 10217, "loz": 9674, "spades": 9824, "clubs": 9827,
        "hearts": 9829, "diams": 9830, "OElig": 338, "oelig": 339, "Scaron": 352,
        "scaron": 353, "Yuml": 376, "fnof": 402, "circ": 710, "tilde": 732, "ensp": 8194,
        "emsp": 8195, "thinsp": 8201, "zwnj": 8204, "zwj": 8205, "lrm": 8206, "rlm": 8207,
        "ndash": 8211, "mdash": 8212, "lsquo": 8216, "rsquo": 8217, "sbquo": 8218,
        "ldquo": 8220, "rdquo": 8221, "bdquo": 8222, "dagger": 8224, "Dagger": 8225,
        "permil": 8240, "lsaquo": 8249, "rsaquo": 8250, "euro": 8364, "image": 8465,
        "weierp": 8472, "real": 8476, "alefsym": 8501, "crarr": 8629, "check": 10003,
        "cross": 10007, "star": 9734, "starf": 9733, "phone": 9742, "female": 9792,
        "male": 9794, "sharp": 9839, "flat": 9837, "natural": 9838, "nbsp": 160, "Tab": 9,
        "NewLine": 10, "excl": 33, "num": 35, "dollar": 36, "percnt": 37, "lpar": 40,
        "rpar": 41, "ast": 42, "plus": 43, "comma": 44, "period": 46, "sol": 47, "colon": 58,
        "semi": 59, "equals": 61, "quest": 63, "commat": 64, "lsqb": 91, "bsol": 92, "rsqb": 93,
        "Hat": 94, "lowbar": 95, "grave": 96, "lcub": 123, "verbar": 124, "rcub": 125,
    }
    d = {}
    for k, v in legacy.items():
        d[k] = chr(v)
        d[k + ";"] = chr(v)
    for k, v in named.items():
        d[k + ";"] = chr(v)
    return d


_entities = None


def __getattr__(name):
    if name == "_entities":
        return _get_entities()
    raise AttributeError("module 'html' has no attribute '%s'" % name)


def _get_entities():
    global _entities
    if _entities is None:
        _entities = _build_entities()
    return _entities
