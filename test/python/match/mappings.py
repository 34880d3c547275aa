# Mapping patterns: only listed keys matter, **rest collects the others, .get semantics.
from collections import OrderedDict, defaultdict, Counter, UserDict

def config(cfg):
    match cfg:
        case {"debug": True, **others}:
            return f"debug mode, {len(others)} other setting(s)"
        case {"host": str(host), "port": int(port)}:
            return f"server {host}:{port}"
        case {"host": host}:
            return f"server {host} on the default port"
        case {"paths": {"root": root, **subpaths}} if subpaths:
            return f"root {root} with {sorted(subpaths)}"
        case {"paths": {"root": root}}:
            return f"root {root}"
        case {}:
            return "empty or unknown config"
        case _:
            return "not a mapping"

for c in [{"debug": True, "a": 1, "b": 2}, {"debug": False, "host": "h", "port": 80},
          {"host": "example.org", "port": "80"}, {"paths": {"root": "/", "tmp": "/tmp", "log": "/var/log"}},
          {"paths": {"root": "/srv"}}, {"unrelated": 1}, {}, [("host", "x")],
          OrderedDict(host="od", port=1), UserDict({"host": "ud"}), Counter(host=3)]:
    print(config(c))

dd = defaultdict(int, present=1)
match dd:
    case {"absent": _}:
        print("absent found?")
    case {"present": p}:
        print("defaultdict present", p, "and absent was not created:", "absent" in dd)

class Env(dict):
    def get(self, key, default=None):
        print("  looking up", key)
        return super().get(key, default)
match Env(user="ann", shell="sh"):
    case {"user": u, "shell": "zsh"}:
        print("zsh user", u)
    case {"user": u, **rest}:
        print("user", u, "rest", rest, type(rest).__name__)

KEY = "k"
class Keys:
    A = "a"
match {"k": 1, "a": 2, 3: "three", None: "none", -1: "minus"}:
    case {Keys.A: a, 3: t, None: n, -1: m}:
        print("value and literal keys", a, t, n, m)

try:
    match {"a": 1, "b": 2}:
        case {Keys.A: 1, "a": _}:
            pass
except ValueError as e:
    print("ValueError:", e)
