import re

DOC = """# Title here
Some *emphasis* and **strong** text with `code` and a [link](http://x.org).

## List
- first item
- second **bold** item
1. numbered
2. again

Plain paragraph_with_underscores and 3*4*5 math.
"""


def inline(text):
    text = re.sub(r"`([^`]+)`", r"<code>\1</code>", text)
    text = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", text)
    text = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"<i>\1</i>", text)
    text = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r'<a href="\2">\1</a>', text)
    return text


def convert(doc):
    out = []
    for line in doc.splitlines():
        if m := re.match(r"(#{1,6})\s+(.*)", line):
            level = len(m.group(1))
            out.append(f"<h{level}>{inline(m.group(2))}</h{level}>")
        elif m := re.match(r"[-*]\s+(.*)", line):
            out.append(f"<li>{inline(m.group(1))}</li>")
        elif m := re.match(r"(\d+)\.\s+(.*)", line):
            out.append(f"<li value={m.group(1)}>{inline(m.group(2))}</li>")
        elif line.strip():
            out.append(f"<p>{inline(line)}</p>")
    return "\n".join(out)


print(convert(DOC))
slug = lambda s: re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")
print([slug(h) for h in re.findall(r"^#+\s+(.*)$", DOC, re.M)])
