from types import SimpleNamespace
import json
raw = '{"server": {"host": "0.0.0.0", "port": 8000}, "debug": true, "users": ["a", "b"]}'
def to_ns(obj):
    if isinstance(obj, dict):
        return SimpleNamespace(**{k: to_ns(v) for k, v in obj.items()})
    if isinstance(obj, list):
        return [to_ns(x) for x in obj]
    return obj
cfg = to_ns(json.loads(raw))
print(cfg.server.host, cfg.server.port, cfg.debug, cfg.users)
cfg.server.port = 9000
print(cfg.server, cfg.server == SimpleNamespace(host="0.0.0.0", port=9000))
