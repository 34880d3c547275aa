from collections import ChainMap
defaults = {"color": "red", "user": "guest", "debug": False}
env = {"user": "admin"}
cli = {"debug": True}
cfg = ChainMap(cli, env, defaults)
print(cfg["color"], cfg["user"], cfg["debug"], len(cfg))
print(sorted(cfg.keys()), "color" in cfg, cfg.get("nope", "dflt"))
cfg["color"] = "blue"
print(cli, defaults["color"])
child = cfg.new_child({"user": "root"})
print(child["user"], child.parents["user"], len(child.maps))
del cfg["color"]
try:
    del cfg["user"]
except KeyError as e:
    print("KeyError")
print(sorted(dict(cfg).items()))
scopes = ChainMap()
scopes["x"] = 1
inner = scopes.new_child()
inner["x"] = 2
print(inner["x"], scopes["x"], inner.maps)
