import re

CONFIG = """
; application settings
[server]
host = example.org
port=8080
debug = true   # inline comment

[database]
url = postgres://user:pw@localhost:5432/app
pool_size = 5
name=   app_db
"""

SECTION = re.compile(r"^\[(?P<name>[^\]]+)\]\s*$")
ENTRY = re.compile(r"^(?P<key>\w+)\s*=\s*(?P<value>.*?)\s*(?:#.*)?$")


def parse(text):
    config = {}
    current = None
    for lineno, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith((";", "#")):
            continue
        m = SECTION.match(line)
        if m:
            current = config.setdefault(m.group("name"), {})
            continue
        m = ENTRY.match(line)
        if m and current is not None:
            value = m["value"]
            if re.fullmatch(r"-?\d+", value):
                value = int(value)
            elif value.lower() in ("true", "false"):
                value = value.lower() == "true"
            current[m["key"]] = value
        else:
            print(f"line {lineno}: cannot parse {line!r}")
    return config


cfg = parse(CONFIG)
for section, entries in cfg.items():
    print(section, entries)
m = re.match(r"(?P<scheme>\w+)://(?:(?P<user>[^:@]+)(?::(?P<pw>[^@]*))?@)?(?P<host>[^:/]+)(?::(?P<port>\d+))?(?P<path>/.*)?",
             cfg["database"]["url"])
print(m.groupdict())

TEMPLATE = "Hello {{ name }}, you have {{count}} new {{ what|upper }} (from {{ missing }})."


def render(template, context):
    def replace(m):
        key, _, flt = m.group(1).partition("|")
        value = context.get(key, f"<{key}?>")
        if flt == "upper":
            value = str(value).upper()
        return str(value)
    return re.sub(r"\{\{\s*([\w|]+)\s*\}\}", replace, template)


print(render(TEMPLATE, {"name": "Ada", "count": 3, "what": "messages"}))
print(re.sub(r"\$(\w+)|\$\{(\w+)\}", lambda m: {"x": "1", "y": "2"}[m.group(1) or m.group(2)], "$x + ${y} = 3"))
