# html.entities: the character references html.unescape() knows (a subset of CPython's tables).
from html import _get_entities

html5 = _get_entities()

name2codepoint = {k[:-1]: ord(v) for k, v in html5.items() if k.endswith(";") and len(v) == 1}
codepoint2name = {v: k for k, v in name2codepoint.items()}
entitydefs = {k: chr(v) for k, v in name2codepoint.items()}
